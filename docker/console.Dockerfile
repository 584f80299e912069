# Lifeline console image: Vite build served by unprivileged nginx, which also proxies the API paths
# (/graphql, /api/, /health, /socket.io/) to the api replicas (see docker/nginx.conf).
# Build from the repository root: docker build -f docker/console.Dockerfile -t lifeline-console .

ARG NODE_IMAGE=node:20-bookworm-slim
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.30-alpine
# npm 11: the lockfile and package.json's `allowScripts` allowlist are npm 11's (node 20 ships npm 10).
ARG NPM_VERSION=11.19.1

# ---- build: dependencies (dev included) and `npm run build:console` -> dist/console --------------
FROM ${NODE_IMAGE} AS build
ARG NPM_VERSION
ENV npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false
RUN npm install -g "npm@${NPM_VERSION}" && npm cache clean --force
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci && npm cache clean --force
COPY tsconfig.base.json ./
COPY libs ./libs
COPY apps/console ./apps/console
RUN npm run build:console && test -f dist/console/index.html

# ---- runtime: nginx as uid 101, listening on 8080 ------------------------------------------------
FROM ${NGINX_IMAGE} AS runtime
# conf.d/default.conf is included inside nginx's `http {}` block: upstreams, map and server live there.
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/console /usr/share/nginx/html
EXPOSE 8080
# busybox wget (alpine); /nginx-health is answered by nginx itself, so the console stays healthy
# while an api replica restarts.
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/nginx-health"]

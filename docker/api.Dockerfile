# Lifeline API image: multi-stage, non-root, production dependencies only.
# Build from the repository root (compose does this: context `..`, dockerfile `docker/api.Dockerfile`):
#   docker build -f docker/api.Dockerfile -t lifeline-api .
# Uses only classic-builder features (no RUN --mount), so it builds with BuildKit and without it.

ARG NODE_IMAGE=node:20-bookworm-slim
# The lockfile and package.json's `allowScripts` (the install-script allowlist) are npm 11's; node 20
# ships npm 10, which ignores `allowScripts`. Pin the npm the lockfile was written with.
ARG NPM_VERSION=11.19.1

# ---- base: node + npm 11, used by the install and build stages only ----------------------------
FROM ${NODE_IMAGE} AS base
ARG NPM_VERSION
ENV npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false
RUN npm install -g "npm@${NPM_VERSION}" && npm cache clean --force && npm --version
WORKDIR /app

# ---- deps: every dependency (dev included) for the TypeScript build ------------------------------
FROM base AS deps
COPY package.json package-lock.json ./
RUN npm ci && npm cache clean --force

# ---- build: tsc + tsc-alias into dist/api (migrations are compiled in with the rest) -------------
FROM deps AS build
COPY tsconfig.base.json ./
COPY libs ./libs
COPY apps/api ./apps/api
RUN npm run build:api \
 && test -f dist/api/apps/api/src/main.js \
 && test -f dist/api/apps/api/src/cli/migrate.js \
 && test -f dist/api/apps/api/src/cli/seed.js

# ---- prod-deps: production dependencies only (embedded-postgres stays: it is a runtime dependency,
# unused here because DATABASE_URL is always set in containers) ------------------------------------
FROM base AS prod-deps
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

# ---- runtime: plain node image (no build tooling, no npm upgrade layer), runs as `node` ----------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    LIFELINE_DATA_DIR=/home/node/.lifeline
WORKDIR /app
# Root-owned and read-only for the `node` user: the API writes nothing under /app.
COPY --from=prod-deps /app/package.json /app/package-lock.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/api ./dist/api
COPY docker/healthcheck.js ./docker/healthcheck.js
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "docker/healthcheck.js"]
# One-shot jobs use the same image: `node dist/api/apps/api/src/cli/migrate.js` (or .../cli/seed.js).
CMD ["node", "--enable-source-maps", "dist/api/apps/api/src/main.js"]

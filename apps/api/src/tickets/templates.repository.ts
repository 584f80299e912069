import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../database/database.tokens';
import { ReplyTemplateEntity, ReplyTemplateTranslationEntity } from './entities/template.entity';

export interface TemplateWithTranslations {
  template: ReplyTemplateEntity;
  translations: ReplyTemplateTranslationEntity[];
}

@Injectable()
export class TemplatesRepository {
  constructor(@Inject(DATA_SOURCE) private readonly db: DataSource) {}

  async list(organizationId: string): Promise<TemplateWithTranslations[]> {
    const templates = await this.db.getRepository(ReplyTemplateEntity).find({ where: { organizationId }, order: { name: 'ASC', id: 'ASC' } });
    if (templates.length === 0) return [];
    const translations = await this.db
      .getRepository(ReplyTemplateTranslationEntity)
      .find({ where: { organizationId, templateId: In(templates.map((t) => t.id)) }, order: { language: 'ASC' } });
    return templates.map((template) => ({ template, translations: translations.filter((t) => t.templateId === template.id) }));
  }

  async get(organizationId: string, id: string, m: EntityManager = this.db.manager): Promise<TemplateWithTranslations | null> {
    const template = await m.getRepository(ReplyTemplateEntity).findOneBy({ organizationId, id });
    if (!template) return null;
    const translations = await m.getRepository(ReplyTemplateTranslationEntity).find({ where: { organizationId, templateId: id } });
    return { template, translations };
  }

  async create(m: EntityManager, organizationId: string, name: string, category: string, translations: { language: string; subject: string; body: string }[]): Promise<string> {
    const saved = await m.getRepository(ReplyTemplateEntity).save({ organizationId, name, category });
    await m.getRepository(ReplyTemplateTranslationEntity).insert(translations.map((t) => ({ ...t, organizationId, templateId: saved.id })));
    return saved.id;
  }

  /** Replaces name, category and translations if `version` is current; false on a stale version. */
  async replace(m: EntityManager, organizationId: string, id: string, version: number, name: string, category: string, translations: { language: string; subject: string; body: string }[]): Promise<boolean> {
    const changed: unknown[] = await m.query(
      `WITH c AS (UPDATE reply_templates SET name = $4, category = $5, version = version + 1, updated_at = now()
                   WHERE organization_id = $1 AND id = $2 AND version = $3 RETURNING id) SELECT id FROM c`,
      [organizationId, id, version, name, category],
    );
    if (changed.length === 0) return false;
    await m.getRepository(ReplyTemplateTranslationEntity).delete({ organizationId, templateId: id });
    await m.getRepository(ReplyTemplateTranslationEntity).insert(translations.map((t) => ({ ...t, organizationId, templateId: id })));
    return true;
  }
}

import type { EntityManager } from 'typeorm';
import { QueueEntity } from '../tickets/entities/queue.entity';
import { RoutingRuleEntity } from '../tickets/entities/routing-rule.entity';
import { ReplyTemplateEntity, ReplyTemplateTranslationEntity } from '../tickets/entities/template.entity';

/** Language queues, the supervisors' queue and the catch-all, for an organisation. */
export const DEMO_QUEUES: { name: string; language: string | null; isFallback?: boolean; isSupervisorQueue?: boolean }[] = [
  { name: 'English', language: 'en' },
  { name: 'Deutsch', language: 'de' },
  { name: 'Español', language: 'es' },
  { name: 'Français', language: 'fr' },
  { name: 'Italiano', language: 'it' },
  { name: '日本語', language: 'ja' },
  { name: '中文', language: 'zh' },
  { name: 'Supervisors', language: null, isSupervisorQueue: true },
  { name: 'General', language: null, isFallback: true },
];

type Translations = Record<string, { subject: string; body: string }>;

export const DEMO_TEMPLATES: { name: string; category: string; translations: Translations }[] = [
  {
    name: 'Where is my order',
    category: 'WHERE_IS_MY_ORDER',
    translations: {
      en: {
        subject: 'Your order {{order_id}}',
        body: 'Hello {{buyer_name}},\n\nthank you for your message. Your order {{order_id}} is on its way; I have asked the carrier for the latest scan and will write again within 24 hours.\n\nKind regards,\n{{agent_name}}\n{{store_name}}',
      },
      de: {
        subject: 'Ihre Bestellung {{order_id}}',
        body: 'Hallo {{buyer_name}},\n\nvielen Dank für Ihre Nachricht. Ihre Bestellung {{order_id}} ist unterwegs; ich habe beim Versanddienstleister den aktuellen Stand angefragt und melde mich innerhalb von 24 Stunden wieder.\n\nMit freundlichen Grüßen\n{{agent_name}}\n{{store_name}}',
      },
      es: {
        subject: 'Su pedido {{order_id}}',
        body: 'Hola {{buyer_name}}:\n\ngracias por su mensaje. Su pedido {{order_id}} está en camino; he pedido al transportista el último estado y le escribiré de nuevo en 24 horas.\n\nSaludos cordiales,\n{{agent_name}}\n{{store_name}}',
      },
      fr: {
        subject: 'Votre commande {{order_id}}',
        body: 'Bonjour {{buyer_name}},\n\nmerci pour votre message. Votre commande {{order_id}} est en route ; j’ai demandé le dernier suivi au transporteur et je vous réécris sous 24 heures.\n\nCordialement,\n{{agent_name}}\n{{store_name}}',
      },
      it: {
        subject: 'Il suo ordine {{order_id}}',
        body: 'Buongiorno {{buyer_name}},\n\ngrazie per il messaggio. Il suo ordine {{order_id}} è in viaggio; ho chiesto al corriere l’ultimo aggiornamento e le scriverò di nuovo entro 24 ore.\n\nCordiali saluti,\n{{agent_name}}\n{{store_name}}',
      },
    },
  },
  {
    name: 'Return instructions',
    category: 'RETURN',
    translations: {
      en: { subject: 'Returning order {{order_id}}', body: 'Hello {{buyer_name}},\n\nI am sorry the item did not work out. I have authorised the return for order {{order_id}}; the prepaid label is in your Amazon account under Your Orders.\n\nKind regards,\n{{agent_name}}' },
      de: { subject: 'Rücksendung Bestellung {{order_id}}', body: 'Hallo {{buyer_name}},\n\nes tut mir leid, dass der Artikel nicht passt. Ich habe die Rücksendung für Bestellung {{order_id}} genehmigt; das vorausbezahlte Etikett finden Sie in Ihrem Amazon-Konto unter Meine Bestellungen.\n\nMit freundlichen Grüßen\n{{agent_name}}' },
      es: { subject: 'Devolución del pedido {{order_id}}', body: 'Hola {{buyer_name}}:\n\nsiento que el artículo no le haya servido. He autorizado la devolución del pedido {{order_id}}; la etiqueta prepagada está en su cuenta de Amazon, en Mis pedidos.\n\nSaludos,\n{{agent_name}}' },
    },
  },
  {
    name: 'Damaged item',
    category: 'DAMAGED_ITEM',
    translations: {
      en: { subject: 'Order {{order_id}}: replacement on its way', body: 'Hello {{buyer_name}},\n\nI am very sorry the item arrived damaged. A replacement for order {{order_id}} ships today; there is no need to send the damaged one back.\n\nKind regards,\n{{agent_name}}' },
      de: { subject: 'Bestellung {{order_id}}: Ersatz ist unterwegs', body: 'Hallo {{buyer_name}},\n\nes tut mir sehr leid, dass der Artikel beschädigt angekommen ist. Ein Ersatz für Bestellung {{order_id}} geht heute raus; den beschädigten Artikel müssen Sie nicht zurückschicken.\n\nMit freundlichen Grüßen\n{{agent_name}}' },
    },
  },
];

export async function seedDesk(m: EntityManager, organizationId: string): Promise<void> {
  const queues = await m.getRepository(QueueEntity).save(
    DEMO_QUEUES.map((q) => ({ organizationId, name: q.name, language: q.language, storeId: null, isFallback: q.isFallback ?? false, isSupervisorQueue: q.isSupervisorQueue ?? false })),
  );
  const supervisors = queues.find((q) => q.isSupervisorQueue)!;
  await m.getRepository(RoutingRuleEntity).insert({
    organizationId,
    name: 'Claims and chargebacks go to supervisors',
    priority: 10,
    conditions: { channels: ['A_TO_Z_CLAIM', 'CHARGEBACK', 'ACCOUNT_HEALTH_NOTICE'] },
    queueId: supervisors.id,
  });
  for (const t of DEMO_TEMPLATES) {
    const saved = await m.getRepository(ReplyTemplateEntity).save({ organizationId, name: t.name, category: t.category });
    await m.getRepository(ReplyTemplateTranslationEntity).insert(
      Object.entries(t.translations).map(([language, tr]) => ({ organizationId, templateId: saved.id, language, subject: tr.subject, body: tr.body })),
    );
  }
}

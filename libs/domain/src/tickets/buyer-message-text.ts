/**
 * What the buyer wrote in this message, without the parts that are not theirs or not language: quoted
 * earlier messages (marketplace relay e-mails quote the seller's earlier reply, usually in English), the
 * signature, "sent from my phone" lines, URLs, e-mail addresses, order ids, tracking numbers and other numbers.
 */

// "On Mon, 3 Mar 2025 at 10:00, Shop <x@y> wrote:" and its translations. Mail clients wrap long attribution
// lines, so the opening and the closing verb may sit on two consecutive lines.
const ATTRIBUTION_OPENING = /^\s*(on|am|le|el|il|op|w dniu|den|em|在)\s/iu;
const ATTRIBUTION_CLOSING =
  /(wrote|schrieb|a écrit|escribió|ha scritto|schreef|napisał\(a\)|napisał|napisała|skrev|escreveu|写道)\s*[:：]\s*$/iu;
// Japanese clients write "2025年3月3日(月) 10:00 Shop <x@y>:" with no verb; the date pattern is the tell.
const JAPANESE_ATTRIBUTION = /^\s*\d{4}年\d{1,2}月\d{1,2}日.*[:：]\s*$/u;
// Outlook-style and relay separators: everything below is the earlier conversation.
const ORIGINAL_MESSAGE_SEPARATOR =
  /^\s*(-{2,}\s*)?(original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale|oorspronkelijk bericht|wiadomość oryginalna|ursprungligt meddelande|原始邮件|元のメッセージ)(\s*-{2,})?\s*$/iu;
const OUTLOOK_HEADER = /^\s*(from|von|de|da|van|od|från|发件人|差出人)\s*[:：]\s*\S/iu;
const OUTLOOK_SECOND_HEADER = /^\s*(sent|date|gesendet|datum|envoyé|enviado|fecha|inviato|data|verzonden|wysłano|skickat|发送时间|送信日時)\s*[:：]/iu;
// RFC 3676 signature separator ("-- "); many clients drop the trailing space.
const SIGNATURE_SEPARATOR = /^--\s*$/;
const SENT_FROM_DEVICE =
  /^\s*(sent from my|get outlook for|von meinem .* gesendet|gesendet von|envoyé de mon|enviado desde mi|inviato da|verzonden (vanaf|met) mijn|wysłane z|skickat från min)\b/iu;

const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
const EMAIL = /[^\s<>()"']+@[^\s<>()"']+/gu;
// Any token holding a digit: order ids (Amazon 3-7-7, eBay 12-5-5, AliExpress 16 digits), tracking numbers,
// prices, dates and times. None of them carries language.
const TOKEN_WITH_DIGIT = /[^\s]*\d[^\s]*/gu;

function isAttributionAt(lines: readonly string[], index: number): number {
  const line = lines[index];
  if (JAPANESE_ATTRIBUTION.test(line)) return 1;
  if (!ATTRIBUTION_OPENING.test(line)) return 0;
  if (ATTRIBUTION_CLOSING.test(line)) return 1;
  const next = lines[index + 1];
  return next !== undefined && ATTRIBUTION_CLOSING.test(next) ? 2 : 0;
}

/**
 * The buyer's own words from a message body: quoted lines ("> …") and attribution blocks removed, and
 * everything from a signature separator, "sent from my …" line or Outlook/relay "original message" header
 * on. Top-posted replies keep the text above the quote; inline replies keep the buyer's lines between quotes.
 */
export function stripQuotedReplies(body: string): string {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (SIGNATURE_SEPARATOR.test(line) || SENT_FROM_DEVICE.test(line) || ORIGINAL_MESSAGE_SEPARATOR.test(line)) break;
    if (OUTLOOK_HEADER.test(line) && lines.slice(index + 1, index + 4).some((next) => OUTLOOK_SECOND_HEADER.test(next))) break;
    const attributionLines = isAttributionAt(lines, index);
    if (attributionLines > 0) {
      const following = lines.slice(index + attributionLines).find((next) => next.trim() !== '');
      // Quoted with "> …": the buyer may answer inline below, so only the attribution goes.
      // Quoted without markers (relay and Outlook style): everything below is the earlier message.
      if (following === undefined || !following.trimStart().startsWith('>')) break;
      index += attributionLines - 1;
      continue;
    }
    if (line.trimStart().startsWith('>')) continue;
    kept.push(line);
  }
  return kept.join('\n').trim();
}

/**
 * The text language detection looks at: the buyer's own words (see `stripQuotedReplies`) without URLs,
 * e-mail addresses and any token containing a digit, whitespace collapsed.
 */
export function buyerTextForLanguageDetection(body: string): string {
  return stripQuotedReplies(body.normalize('NFC'))
    .replace(URL, ' ')
    .replace(EMAIL, ' ')
    .replace(TOKEN_WITH_DIGIT, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

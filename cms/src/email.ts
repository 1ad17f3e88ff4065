import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Mail through the SMTP server SMTP_URL names (smtp://user:password@host:port,
 * smtps:// for TLS from the first byte). Without one, Payload writes mail to
 * its log and the digest is read on the dashboard.
 */
export function emailAdapter(smtpUrl: string, from: string): Promise<EmailAdapter> | undefined {
  if (!smtpUrl) return undefined
  const url = new URL(smtpUrl)
  const secure = url.protocol === 'smtps:'
  return nodemailerAdapter({
    defaultFromAddress: from,
    defaultFromName: 'Coalition Resource Hub',
    // A mail server that is down at start-up must not keep the CMS from starting; sending says why it failed.
    skipVerify: true,
    transportOptions: {
      host: url.hostname,
      port: url.port ? Number(url.port) : secure ? 465 : 587,
      secure,
      ...(url.username
        ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
        : {}),
    },
  })
}

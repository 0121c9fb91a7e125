// Verifies an OD4G webhook request (Standard Webhooks) with Node's crypto only.
import { createHmac, timingSafeEqual } from "node:crypto";

const TOLERANCE_SECONDS = 5 * 60;

/** True if the request was signed with the subscription's secret (whsec_...) within the last five minutes. */
export function verify(secret: string, headers: Record<string, string>, body: Buffer, now = Date.now() / 1000): boolean {
  const id = headers["webhook-id"];
  const timestamp = headers["webhook-timestamp"];
  if (Math.abs(now - Number(timestamp)) > TOLERANCE_SECONDS) return false; // too old or from the future: a replay
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.`).update(body).digest();
  // The header may carry several signatures (during a secret rotation), separated by spaces.
  return headers["webhook-signature"].split(" ").some((part) => {
    const [version, signature] = part.split(",", 2);
    const given = Buffer.from(signature ?? "", "base64");
    return version === "v1" && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

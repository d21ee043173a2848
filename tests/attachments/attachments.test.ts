// Files in a conversation: what the desk takes (by content, not name), where the bytes go (a
// folder, or an S3-compatible store on a real port), who can read them, and the brief listing them.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "../../lib/db/index";
import { AttachmentRefused, MAX_ATTACHMENTS_PER_CONVERSATION, readAttachment, sendAttachment } from "../../lib/attachments/attachments";
import { checkAttachment, sniffAttachmentType } from "../../lib/attachments/file-type";
import { attachmentMaxBytes, diskStorage, s3Storage, signatureV4, storageFromEnv, type AttachmentStorage } from "../../lib/attachments/storage";
import { attachmentNameHeader, readUpload } from "../../lib/attachments/upload";
import { bodyLimitFor } from "../../lib/http/body-limit";
import { escalateToHuman } from "../../lib/handoff/escalate";
import { parseWorkspaceSettings } from "../../lib/workspace/settings";
import { createWorkspace, sqliteDatabase, type TestDatabase } from "../fixtures/test-database";
import { startFakeS3, type FakeS3 } from "../support/s3-server";

const MB = 1024 * 1024;
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
const gif = new TextEncoder().encode("GIF89a\u0001\u0000\u0001\u0000");
const webp = Uint8Array.from([...new TextEncoder().encode("RIFF"), 36, 0, 0, 0, ...new TextEncoder().encode("WEBPVP8 ")]);
const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF");
const html = new TextEncoder().encode("<html><script>alert(document.cookie)</script></html>");

describe("what the desk takes", () => {
  test("images and PDFs are recognised by their first bytes", () => {
    assert.equal(sniffAttachmentType(png), "image/png");
    assert.equal(sniffAttachmentType(jpeg), "image/jpeg");
    assert.equal(sniffAttachmentType(gif), "image/gif");
    assert.equal(sniffAttachmentType(webp), "image/webp");
    assert.equal(sniffAttachmentType(pdf), "application/pdf");
    assert.equal(sniffAttachmentType(html), null);
  });

  test("a page renamed photo.png is refused, whatever its name says", () => {
    assert.deepEqual(checkAttachment({ bytes: html, fileName: "photo.png" }, MB), {
      ok: false,
      status: 415,
      error: "photo.png is not an image (PNG, JPEG, WebP, GIF) or a PDF, the kinds of file that can be sent here.",
    });
  });

  test("a name that contradicts the content is refused; a name without an extension is fine", () => {
    assert.deepEqual(checkAttachment({ bytes: pdf, fileName: "receipt.jpg" }, MB), { ok: false, status: 415, error: "receipt.jpg is named as a JPEG image but its content is a PDF." });
    assert.deepEqual(checkAttachment({ bytes: png, fileName: "screenshot.exe" }, MB), { ok: false, status: 415, error: "screenshot.exe: .exe files cannot be sent; send an image (PNG, JPEG, WebP, GIF) or a PDF." });
    assert.deepEqual(checkAttachment({ bytes: jpeg, fileName: "IMG_0042" }, MB), { ok: true, contentType: "image/jpeg", fileName: "IMG_0042" });
    assert.deepEqual(checkAttachment({ bytes: jpeg, fileName: "Photo.JPEG" }, MB), { ok: true, contentType: "image/jpeg", fileName: "Photo.JPEG" });
  });

  test("size is limited, and empty files and folder names are refused or stripped", () => {
    const big = new Uint8Array(2 * MB);
    big.set(png);
    assert.deepEqual(checkAttachment({ bytes: big, fileName: "big.png" }, MB), { ok: false, status: 413, error: "big.png is 2 MB; files are limited to 1 MB." });
    assert.deepEqual(checkAttachment({ bytes: new Uint8Array(0), fileName: "x.png" }, MB), { ok: false, status: 400, error: "x.png is empty." });
    const traversal = checkAttachment({ bytes: png, fileName: "../../etc/damage.png" }, MB);
    assert.ok(traversal.ok && traversal.fileName === "damage.png");
  });
});

function storageContract(name: string, open: () => Promise<{ storage: AttachmentStorage; close: () => Promise<void> }>) {
  describe(`${name} storage`, () => {
    let storage: AttachmentStorage;
    let close: () => Promise<void>;
    before(async () => ({ storage, close } = await open()));
    after(() => close());

    test("stores, reads back and deletes the exact bytes", async () => {
      await storage.put("ws1/conv1/abc", pdf, "application/pdf");
      assert.deepEqual(await storage.get("ws1/conv1/abc"), pdf);
      await storage.delete("ws1/conv1/abc");
      assert.equal(await storage.get("ws1/conv1/abc"), null);
      await storage.delete("ws1/conv1/abc");
    });

    test("keys the desk did not make are refused", async () => {
      await assert.rejects(storage.put("../outside", png, "image/png"), /Not an attachment storage key/);
      await assert.rejects(storage.get("ws1/../../x"), /Not an attachment storage key/);
    });
  });
}

const s3Credentials = { bucket: "desk-files", region: "eu-west-1", accessKeyId: "AKIDTEST", secretAccessKey: "s3-test-secret" };
let fakeS3: FakeS3;

storageContract("disk", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "desk-attachments-"));
  return { storage: diskStorage(dir), close: async () => rmSync(dir, { recursive: true, force: true }) };
});
storageContract("S3", async () => {
  fakeS3 = await startFakeS3(s3Credentials);
  return { storage: s3Storage({ endpoint: fakeS3.endpoint, ...s3Credentials }), close: () => fakeS3.close() };
});

describe("S3 requests", () => {
  test("the signature matches AWS's published Signature V4 example", () => {
    const authorization = signatureV4(
      {
        method: "GET",
        path: "/test.txt",
        headers: { host: "examplebucket.s3.amazonaws.com", range: "bytes=0-9", "x-amz-content-sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "x-amz-date": "20130524T000000Z" },
        payloadHash: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      },
      { region: "us-east-1", accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" },
    );
    assert.equal(
      authorization,
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
  });

  test("a store with other credentials refuses, and the refusal is an error, not a silent loss", async () => {
    const s3 = await startFakeS3(s3Credentials);
    try {
      const wrong = s3Storage({ endpoint: s3.endpoint, ...s3Credentials, secretAccessKey: "not-the-secret" });
      await assert.rejects(wrong.put("ws/conv/k1", png, "image/png"), /HTTP 403/);
      assert.equal(s3.objects.size, 0);
      assert.deepEqual(s3.refused, ["PUT /desk-files/ws/conv/k1: SignatureDoesNotMatch"]);
    } finally {
      await s3.close();
    }
  });

  test("the environment chooses the store, and says what S3 is missing", () => {
    assert.equal(storageFromEnv({ ATTACHMENT_DIR: "/tmp/x" }).kind, "disk");
    assert.equal(storageFromEnv({ ATTACHMENT_STORAGE: "s3", S3_ENDPOINT: "http://127.0.0.1:9000", S3_BUCKET: "b", S3_ACCESS_KEY_ID: "a", S3_SECRET_ACCESS_KEY: "s" }).kind, "s3");
    assert.throws(() => storageFromEnv({ ATTACHMENT_STORAGE: "s3", S3_ENDPOINT: "http://x" }), /ATTACHMENT_STORAGE=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY/);
  });
});

describe("files in conversations", () => {
  let database: TestDatabase;
  let db: Db;
  let s3: FakeS3;
  let storage: AttachmentStorage;
  let workspaceId: string;
  let otherWorkspaceId: string;
  let agentId: string;
  let colleagueId: string;

  before(async () => {
    database = await sqliteDatabase();
    db = await createDb(database.url);
    workspaceId = (await createWorkspace(db, "files")).id;
    otherWorkspaceId = (await createWorkspace(db, "elsewhere")).id;
    const person = (name: string) => db.user.create({ data: { workspaceId, name, email: `${name.toLowerCase()}@files.test`, passwordHash: "x", skills: [], languages: ["en"] } });
    agentId = (await person("Maya")).id;
    colleagueId = (await person("Sam")).id;
    s3 = await startFakeS3(s3Credentials);
    storage = s3Storage({ endpoint: s3.endpoint, ...s3Credentials });
  });
  after(async () => {
    await s3.close();
    await db.$disconnect();
    await database.drop();
  });

  const send = (conversationId: string, sender: Parameters<typeof sendAttachment>[2]["sender"], fileName: string, bytes: Uint8Array) =>
    sendAttachment(db, storage, { workspaceId, conversationId, sender, fileName, bytes, maxBytes: MB });

  test("a customer's photo becomes a message with the file beside it, owing the AI no reply", async () => {
    const conversation = await db.conversation.create({ data: { workspaceId } });
    const sent = await send(conversation.id, { type: "customer" }, "damaged box.jpg", jpeg);
    assert.equal(sent.message.author, "customer");
    assert.equal(sent.message.body, "damaged box.jpg");
    assert.equal(sent.message.turnPending, false);
    assert.deepEqual(sent.attachment, { id: sent.attachment.id, fileName: "damaged box.jpg", contentType: "image/jpeg", sizeBytes: jpeg.length, url: `/api/attachments/${sent.attachment.id}`, image: true });
    const row = await db.attachment.findUniqueOrThrow({ where: { id: sent.attachment.id } });
    assert.equal(row.messageId, sent.message.id);
    assert.deepEqual(new Uint8Array(s3.objects.get(row.storageKey)!.body), jpeg, "the bytes are in the bucket");
  });

  test("only the conversation's widget and its workspace's staff can read a file", async () => {
    const conversation = await db.conversation.create({ data: { workspaceId } });
    const other = await db.conversation.create({ data: { workspaceId } });
    const { attachment } = await send(conversation.id, { type: "customer" }, "receipt.pdf", pdf);
    const read = (reader: Parameters<typeof readAttachment>[3]) => readAttachment(db, storage, attachment.id, reader);
    assert.deepEqual((await read({ kind: "widget", conversationId: conversation.id }))?.bytes, pdf);
    assert.deepEqual((await read({ kind: "staff", workspaceId }))?.bytes, pdf);
    assert.equal(await read({ kind: "widget", conversationId: other.id }), null, "another chat's widget");
    assert.equal(await read({ kind: "staff", workspaceId: otherWorkspaceId }), null, "another workspace's staff");
    assert.equal(await readAttachment(db, storage, "no-such-file", { kind: "staff", workspaceId }), null);
  });

  test("an agent sends a file only in a conversation they have; never in a resolved one", async () => {
    const theirs = await db.conversation.create({ data: { workspaceId, status: "with_human", assigneeId: agentId } });
    const sent = await send(theirs.id, { type: "human", userId: agentId }, "return-label.pdf", pdf);
    assert.equal(sent.message.author, "human");
    assert.equal(sent.message.agentName, "Maya");
    await assert.rejects(send(theirs.id, { type: "human", userId: colleagueId }, "x.png", png), (e: unknown) => e instanceof AttachmentRefused && e.status === 403);
    const resolved = await db.conversation.create({ data: { workspaceId, status: "resolved" } });
    await assert.rejects(send(resolved.id, { type: "customer" }, "x.png", png), (e: unknown) => e instanceof AttachmentRefused && e.status === 409);
    const elsewhere = await db.conversation.create({ data: { workspaceId: otherWorkspaceId } });
    await assert.rejects(send(elsewhere.id, { type: "customer" }, "x.png", png), (e: unknown) => e instanceof AttachmentRefused && e.status === 404);
  });

  test("a refused file leaves nothing behind: no message, no row, no object", async () => {
    const conversation = await db.conversation.create({ data: { workspaceId } });
    const objects = s3.objects.size;
    await assert.rejects(send(conversation.id, { type: "customer" }, "invoice.pdf", html), (e: unknown) => e instanceof AttachmentRefused && e.status === 415);
    s3.failNext(1);
    await assert.rejects(send(conversation.id, { type: "customer" }, "photo.png", png), /HTTP 500/);
    assert.equal(await db.message.count({ where: { conversationId: conversation.id } }), 0);
    assert.equal(await db.attachment.count({ where: { conversationId: conversation.id } }), 0);
    assert.equal(s3.objects.size, objects);
  });

  test("a conversation holds a limited number of files", async () => {
    const conversation = await db.conversation.create({ data: { workspaceId } });
    for (let i = 0; i < MAX_ATTACHMENTS_PER_CONVERSATION; i++) await send(conversation.id, { type: "customer" }, `p${i}.png`, png);
    await assert.rejects(send(conversation.id, { type: "customer" }, "one-more.png", png), (e: unknown) => e instanceof AttachmentRefused && e.status === 409);
  });

  test("the handoff brief lists the conversation's files", async () => {
    const conversation = await db.conversation.create({ data: { workspaceId } });
    const photo = await send(conversation.id, { type: "customer" }, "dent.webp", webp);
    const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId } });
    const escalation = await escalateToHuman(db, conversation.id, 0, parseWorkspaceSettings(workspace), "UTC", { type: "customer" }, new Date());
    assert.ok(escalation);
    assert.deepEqual(
      escalation.brief.context.attachments.map(({ at: _at, ...file }) => file),
      [{ id: photo.attachment.id, file_name: "dent.webp", content_type: "image/webp", size_bytes: webp.length, from: "customer", url: `/api/attachments/${photo.attachment.id}` }],
    );
  });
});

describe("upload requests", () => {
  const upload = (name: string | null) =>
    readUpload(new Request("http://desk.test/api/widget/attachments", { method: "POST", headers: name === null ? {} : { "x-attachment-name": name }, body: png }), attachmentNameHeader);

  test("the file name travels URI-encoded, so any script survives the header", async () => {
    const read = await upload(encodeURIComponent("dégât côté.png"));
    assert.ok(!read.error);
    assert.equal(read.fileName, "dégât côté.png");
    assert.deepEqual(read.bytes, png);
  });

  test("a missing or malformed name is refused with what to send instead", async () => {
    const missing = await upload(null);
    assert.ok(missing.error);
    assert.equal(missing.error.status, 400);
    assert.deepEqual(await missing.error.json(), { error: "Give the file a name in X-Attachment-Name." });
    const malformed = await upload("%E0%A4%A");
    assert.ok(malformed.error);
    assert.deepEqual(await malformed.error.json(), { error: "X-Attachment-Name must be URI-encoded (encodeURIComponent)." });
  });

  test("the upload addresses accept a file of the largest allowed size, other widget addresses stay small", () => {
    assert.equal(bodyLimitFor("POST", "/api/widget/attachments"), attachmentMaxBytes() + 16 * 1024);
    assert.equal(bodyLimitFor("POST", "/api/conversations/c123/attachments"), attachmentMaxBytes() + 16 * 1024);
    assert.equal(bodyLimitFor("POST", "/api/widget/session"), 16 * 1024);
    assert.equal(attachmentMaxBytes({ ATTACHMENT_MAX_BYTES: "2097152" }), 2 * MB);
  });
});

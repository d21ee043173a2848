import { getDb } from "../../db";
import { getIntentClassifier, loadIntentClassifier } from "./default-intent-model";
import type { IntentModel } from "./intent-model";

/**
 * The intent classifier a workspace's conversations use: the shipped model, or one retrained with
 * the workspace's own labelled examples once it has some. Retraining takes half a minute or more, so
 * it runs in a worker thread and conversations keep the previous model until the new one is ready.
 */
interface WorkspaceModel {
  version: string;
  current: IntentModel | null;
  training: Promise<void> | null;
}

const models = new Map<string, WorkspaceModel>();

/** How long a workspace's example count is trusted before it is read again. */
const EXAMPLES_CHECK_MS = 10_000;
const checked = new Map<string, { at: number; hasExamples: boolean }>();

export async function intentClassifierFor(workspaceId: string): Promise<IntentModel> {
  const recent = checked.get(workspaceId);
  if (recent && Date.now() - recent.at < EXAMPLES_CHECK_MS) {
    return recent.hasExamples ? (models.get(workspaceId)?.current ?? getIntentClassifier()) : getIntentClassifier();
  }
  const db = await getDb();
  const stats = await db.labelledExample.aggregate({ where: { workspaceId }, _count: true, _max: { createdAt: true } });
  checked.set(workspaceId, { at: Date.now(), hasExamples: stats._count > 0 });
  if (stats._count === 0) return getIntentClassifier();
  const version = `${stats._count}:${stats._max.createdAt?.getTime() ?? 0}`;
  let entry = models.get(workspaceId);
  if (!entry) {
    entry = { version: "", current: null, training: null };
    models.set(workspaceId, entry);
  }
  if (entry.version !== version && !entry.training) {
    const target = entry;
    target.training = (async () => {
      const examples = await db.labelledExample.findMany({ where: { workspaceId }, select: { text: true, intent: true } });
      target.current = await loadIntentClassifier({ extraExamples: examples, offThread: true });
      target.version = version;
    })().finally(() => {
      target.training = null;
    });
    // The first retrain of a process has nothing older to fall back on but the shipped model.
    target.training.catch((error: unknown) => console.error(`Retraining the intent model for ${workspaceId} failed:`, error));
  }
  return entry.current ?? getIntentClassifier();
}

import { NextResponse, type NextRequest } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { EDITING_ROLE } from "@/lib/help-centre/articles";
import { describeIssues } from "@/lib/help-centre/article-input";
import { editorOf, helpCentreErrorResponse } from "@/lib/help-centre/http";
import { applyImport } from "@/lib/help-centre/import-apply";
import { articlesFromUpload } from "@/lib/help-centre/import-source";
import { importUpload } from "./schema";

/**
 * Imports an uploaded help centre. Articles are matched by slug and language, so uploading the same
 * files again updates what changed; the answer lists what was created, updated and refused, and why.
 */
export async function POST(request: NextRequest) {
  const { staff, denied } = await requireStaffApi(EDITING_ROLE);
  if (denied) return denied;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json({ error: 'Send the import as multipart/form-data with the file in a field named "file".' }, { status: 400 });
  }
  const parsed = importUpload.safeParse({ file: form.get("file") });
  if (!parsed.success) return NextResponse.json({ error: describeIssues(parsed.error) }, { status: 400 });
  const { file } = parsed.data;
  try {
    const batch = articlesFromUpload(file.name, Buffer.from(await file.arrayBuffer()));
    return NextResponse.json(await applyImport(await getDb(), editorOf(staff), batch, file.name));
  } catch (error) {
    return helpCentreErrorResponse(error);
  }
}

import { NextResponse, type NextRequest } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { EDITING_ROLE, findArticle, setArticlePublished, updateArticle } from "@/lib/help-centre/articles";
import { editorOf, helpCentreErrorResponse } from "@/lib/help-centre/http";
import { publicationBody, updateArticleBody } from "./schema";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: NextRequest, { params }: Context) {
  const { staff, denied } = await requireStaffApi(EDITING_ROLE);
  if (denied) return denied;
  const article = await findArticle(await getDb(), staff.workspaceId, (await params).id);
  return article ? NextResponse.json({ article }) : NextResponse.json({ error: "There is no such article in this help centre." }, { status: 404 });
}

/** Replaces the article's text and fields; the help pages and the AI's answers follow within seconds. */
export async function PUT(request: NextRequest, { params }: Context) {
  const { staff, denied } = await requireStaffApi(EDITING_ROLE);
  if (denied) return denied;
  const parsed = await readBody(request, updateArticleBody);
  if (parsed.error) return parsed.error;
  try {
    return NextResponse.json({ article: await updateArticle(await getDb(), editorOf(staff), (await params).id, parsed.data) });
  } catch (error) {
    return helpCentreErrorResponse(error);
  }
}

/** Publishes or unpublishes the article. */
export async function PATCH(request: NextRequest, { params }: Context) {
  const { staff, denied } = await requireStaffApi(EDITING_ROLE);
  if (denied) return denied;
  const parsed = await readBody(request, publicationBody);
  if (parsed.error) return parsed.error;
  try {
    return NextResponse.json({ article: await setArticlePublished(await getDb(), editorOf(staff), (await params).id, parsed.data.published) });
  } catch (error) {
    return helpCentreErrorResponse(error);
  }
}

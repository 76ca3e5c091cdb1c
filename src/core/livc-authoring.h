/* livc-authoring.h: a questionnaire as a spreadsheet a coach edits (one sheet for the
 * questionnaire, its levels, stages, domains, items and recommendations, a column per
 * language), and such a spreadsheet back into questionnaire XML.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-diagnostics.h"
#include "livc-questionnaire.h"
#include "livc-sheet.h"

G_BEGIN_DECLS

LivcSheet *livc_questionnaire_to_sheet   (LivcQuestionnaire *questionnaire);
GBytes    *livc_questionnaire_from_sheet (const char        *path,
                                          LivcDiagnostics   *diag);

G_END_DECLS

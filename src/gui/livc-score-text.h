/* livc-score-text.h: scores as the app's views write them, shared by the sidebar, the
 * results page and presentation mode.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-core.h"

G_BEGIN_DECLS

/* "45 %" in the UI's language, "—" for no score. */
char *livc_gui_format_score     (double                 score);
char *livc_gui_dup_completeness (LivcQuestionnaire     *questionnaire,
                                 const LivcDomainScore *overall,
                                 const char            *lang);

G_END_DECLS

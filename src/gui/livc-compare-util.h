/* livc-compare-util.h: what the compare window's charts and pages share: an assessment's
 * label as the report's legends write it, and the radar's and trend's stage rings.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-core.h"

G_BEGIN_DECLS

char   *livc_compare_assessment_label (LivcAssessment    *assessment);
double *livc_compare_stage_rings      (LivcQuestionnaire *q,
                                       guint             *n_rings);

G_END_DECLS

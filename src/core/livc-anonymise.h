/* livc-anonymise.h: copies of assessments without the texts that name or describe people,
 * for a coach who pools many municipalities.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-assessment.h"

G_BEGIN_DECLS

LivcAssessment *livc_anonymise (LivcAssessment *assessment);

G_END_DECLS

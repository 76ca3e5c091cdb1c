/* livc-merge.h: combines individual or team assessments into one team assessment.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-assessment.h"

G_BEGIN_DECLS

#define LIVC_MERGE_ERROR (livc_merge_error_quark ())

typedef enum
{
  LIVC_MERGE_ERROR_EMPTY,
  LIVC_MERGE_ERROR_QUESTIONNAIRE,
  LIVC_MERGE_ERROR_VERSION,
  LIVC_MERGE_ERROR_SAME_INPUT,
} LivcMergeError;

GQuark          livc_merge_error_quark (void);
LivcAssessment *livc_merge             (LivcAssessment * const *inputs,
                                        const char     * const *names,
                                        guint                   n_inputs,
                                        GError                **error);

G_END_DECLS

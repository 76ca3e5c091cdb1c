/* livc-assessment-private.h: what the loader, the merge and the writer reach beyond the
 * public API: answers as read, the empty participants element, foreign content.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-assessment.h"
#include "livc-foreign-private.h"

G_BEGIN_DECLS

void         livc_assessment_add_answer                   (LivcAssessment *self,
                                                           LivcAnswer     *answer);
void         livc_assessment_remove_answer                (LivcAssessment *self,
                                                           LivcAnswer     *answer);
guint        livc_assessment_get_n_instance_descriptions  (LivcAssessment *self);
const char  *livc_assessment_get_instance_description_at  (LivcAssessment  *self,
                                                           guint            index,
                                                           const char     **domain_id,
                                                           const char     **instance_id,
                                                           LivcForeign    **foreign);
gboolean     livc_assessment_has_participants_element     (LivcAssessment *self);
void         livc_assessment_set_has_participants_element (LivcAssessment *self,
                                                           gboolean        has);
LivcForeign *livc_assessment_get_foreign                  (LivcAssessment *self);
void         livc_assessment_restore_lists                (LivcAssessment *self,
                                                           GPtrArray      *municipalities,
                                                           GPtrArray      *participants,
                                                           GPtrArray      *actions);

G_END_DECLS

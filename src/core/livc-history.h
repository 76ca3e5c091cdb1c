/* livc-history.h: an assessment's undo and redo, as states of the whole assessment.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "livc-assessment.h"

G_BEGIN_DECLS

#define LIVC_TYPE_HISTORY (livc_history_get_type ())
G_DECLARE_FINAL_TYPE (LivcHistory, livc_history, LIVC, HISTORY, GObject)

LivcHistory *livc_history_new          (LivcAssessment *assessment);
gboolean     livc_history_get_can_undo (LivcHistory    *self);
gboolean     livc_history_get_can_redo (LivcHistory    *self);
void         livc_history_flush        (LivcHistory    *self);
gboolean     livc_history_undo         (LivcHistory    *self);
gboolean     livc_history_redo         (LivcHistory    *self);
void         livc_history_keep_participant (LivcHistory     *self,
                                            LivcParticipant *participant);
void         livc_history_keep_rating      (LivcHistory     *self,
                                            LivcAnswer      *answer,
                                            const char      *participant_id);

G_END_DECLS

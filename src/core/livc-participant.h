/* livc-participant.h: a member of the team that fills in the assessment.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LIVC_TYPE_PARTICIPANT (livc_participant_get_type ())
G_DECLARE_FINAL_TYPE (LivcParticipant, livc_participant, LIVC, PARTICIPANT, GObject)

LivcParticipant *livc_participant_new       (const char      *id,
                                             const char      *role,
                                             const char      *name);
const char      *livc_participant_get_id    (LivcParticipant *self);
const char      *livc_participant_get_role  (LivcParticipant *self);
const char      *livc_participant_get_name  (LivcParticipant *self);
void             livc_participant_set_role  (LivcParticipant *self,
                                             const char      *role);
void             livc_participant_set_name  (LivcParticipant *self,
                                             const char      *name);
const char      *livc_participant_get_label (LivcParticipant *self);

G_END_DECLS

/* livc-assessment.h: one team's answers to one questionnaire, with its municipalities,
 * participants and actions, all with change notification.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "livc-action.h"
#include "livc-answer.h"
#include "livc-municipality.h"
#include "livc-participant.h"
#include "livc-types.h"

G_BEGIN_DECLS

#define LIVC_TYPE_ASSESSMENT (livc_assessment_get_type ())
G_DECLARE_FINAL_TYPE (LivcAssessment, livc_assessment, LIVC, ASSESSMENT, GObject)

LivcAssessment   *livc_assessment_new                        (const char *questionnaire_id,
                                                              const char *questionnaire_version);
const char       *livc_assessment_get_questionnaire_id       (LivcAssessment *self);
const char       *livc_assessment_get_questionnaire_version  (LivcAssessment *self);
void              livc_assessment_set_questionnaire_version  (LivcAssessment *self,
                                                              const char     *version);
const char       *livc_assessment_get_date                   (LivcAssessment *self);
void              livc_assessment_set_date                   (LivcAssessment *self,
                                                              const char     *date);
char             *livc_assessment_dup_short_date             (LivcAssessment *self);
const char       *livc_assessment_get_title                  (LivcAssessment *self);
void              livc_assessment_set_title                  (LivcAssessment *self,
                                                              const char     *title);
char             *livc_assessment_dup_municipality_names     (LivcAssessment *self,
                                                              const char     *separator);
char             *livc_assessment_dup_label                  (LivcAssessment *self);
char             *livc_assessment_dup_isolated_names         (LivcAssessment *self,
                                                              const char     *separator);
GListModel       *livc_assessment_get_municipalities         (LivcAssessment *self);
void              livc_assessment_add_municipality           (LivcAssessment   *self,
                                                              LivcMunicipality *municipality);
GListModel       *livc_assessment_get_participants           (LivcAssessment *self);
LivcParticipant  *livc_assessment_find_participant           (LivcAssessment *self,
                                                              const char     *id);
void              livc_assessment_add_participant            (LivcAssessment  *self,
                                                              LivcParticipant *participant);
void              livc_assessment_remove_participant         (LivcAssessment  *self,
                                                              LivcParticipant *participant);
char             *livc_assessment_new_participant_id         (LivcAssessment  *self);
GListModel       *livc_assessment_get_answers                (LivcAssessment *self);
LivcAnswer       *livc_assessment_find_answer                (LivcAssessment *self,
                                                              const char     *item_id);
LivcAnswer       *livc_assessment_ensure_answer              (LivcAssessment *self,
                                                              const char     *item_id);
LivcAnswer       *livc_assessment_find_instance_answer       (LivcAssessment *self,
                                                              const char     *item_id,
                                                              const char     *instance);
LivcAnswer       *livc_assessment_ensure_instance_answer     (LivcAssessment *self,
                                                              const char     *item_id,
                                                              const char     *instance);
const char       *livc_assessment_get_instance_description   (LivcAssessment *self,
                                                              const char     *domain_id,
                                                              const char     *instance_id);
void              livc_assessment_set_instance_description   (LivcAssessment *self,
                                                              const char     *domain_id,
                                                              const char     *instance_id,
                                                              const char     *text);
GListModel       *livc_assessment_get_actions                (LivcAssessment *self);
void              livc_assessment_add_action                 (LivcAssessment *self,
                                                              LivcAction     *action);
void              livc_assessment_remove_action              (LivcAssessment *self,
                                                              LivcAction     *action);
char             *livc_assessment_new_action_id              (LivcAssessment *self);

G_END_DECLS

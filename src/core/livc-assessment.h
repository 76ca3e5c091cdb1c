/* livc-assessment.h: one team's answers to one questionnaire, with participants,
 * municipalities, actions and any foreign content, all with change notification.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "livc-types.h"

G_BEGIN_DECLS

/* Content of other namespaces, kept verbatim so that it survives a round trip. */
typedef struct
{
  char *ns_href;
  char *ns_prefix;
  char *name;
  char *value;
} LivcForeignAttr;

typedef struct
{
  GPtrArray *elements;   /* char*: each a serialized element with its namespaces */
  GArray    *attributes; /* LivcForeignAttr */
} LivcForeign;

LivcForeign *livc_foreign_new        (void);
void         livc_foreign_free       (LivcForeign       *foreign);
void         livc_foreign_append     (LivcForeign       *dest,
                                      const LivcForeign *src);
gboolean     livc_foreign_is_empty   (const LivcForeign *foreign);

#define LIVC_TYPE_MUNICIPALITY (livc_municipality_get_type ())
G_DECLARE_FINAL_TYPE (LivcMunicipality, livc_municipality, LIVC, MUNICIPALITY, GObject)
#define LIVC_TYPE_PARTICIPANT (livc_participant_get_type ())
G_DECLARE_FINAL_TYPE (LivcParticipant, livc_participant, LIVC, PARTICIPANT, GObject)
#define LIVC_TYPE_ANSWER (livc_answer_get_type ())
G_DECLARE_FINAL_TYPE (LivcAnswer, livc_answer, LIVC, ANSWER, GObject)
#define LIVC_TYPE_ACTION (livc_action_get_type ())
G_DECLARE_FINAL_TYPE (LivcAction, livc_action, LIVC, ACTION, GObject)
#define LIVC_TYPE_ASSESSMENT (livc_assessment_get_type ())
G_DECLARE_FINAL_TYPE (LivcAssessment, livc_assessment, LIVC, ASSESSMENT, GObject)

typedef struct
{
  char *participant;
  int   value;
  int   line;
} LivcRating;

LivcMunicipality *livc_municipality_new          (const char *nis,
                                                  const char *name);
const char       *livc_municipality_get_nis      (LivcMunicipality *self);
const char       *livc_municipality_get_name     (LivcMunicipality *self);
void              livc_municipality_set_name     (LivcMunicipality *self,
                                                  const char       *name);
void              livc_municipality_set_nis      (LivcMunicipality *self,
                                                  const char       *nis);
LivcForeign      *livc_municipality_get_foreign  (LivcMunicipality *self);

LivcParticipant  *livc_participant_new           (const char *id,
                                                  const char *role,
                                                  const char *name);
const char       *livc_participant_get_id        (LivcParticipant *self);
const char       *livc_participant_get_role      (LivcParticipant *self);
const char       *livc_participant_get_name      (LivcParticipant *self);
void              livc_participant_set_role      (LivcParticipant *self,
                                                  const char      *role);
void              livc_participant_set_name      (LivcParticipant *self,
                                                  const char      *name);
const char       *livc_participant_get_label     (LivcParticipant *self);
LivcForeign      *livc_participant_get_foreign   (LivcParticipant *self);

LivcAnswer       *livc_answer_new                (const char *item_id);
const char       *livc_answer_get_item_id        (LivcAnswer *self);
int               livc_answer_get_value          (LivcAnswer *self);
void              livc_answer_set_value          (LivcAnswer *self,
                                                  int         value);
const char       *livc_answer_get_note           (LivcAnswer *self);
void              livc_answer_set_note           (LivcAnswer *self,
                                                  const char *note);
const char       *livc_answer_get_evidence       (LivcAnswer *self);
void              livc_answer_set_evidence       (LivcAnswer *self,
                                                  const char *evidence);
guint             livc_answer_get_n_ratings      (LivcAnswer *self);
const LivcRating *livc_answer_get_rating         (LivcAnswer *self,
                                                  guint       index);
int               livc_answer_get_rating_for     (LivcAnswer *self,
                                                  const char *participant);
void              livc_answer_set_rating         (LivcAnswer *self,
                                                  const char *participant,
                                                  int         value);
gboolean          livc_answer_is_empty           (LivcAnswer *self);
int               livc_answer_get_line           (LivcAnswer *self);
void              livc_answer_set_line           (LivcAnswer *self,
                                                  int         line);
LivcForeign      *livc_answer_get_foreign        (LivcAnswer *self);

LivcAction       *livc_action_new                (const char *id);
const char       *livc_action_get_id             (LivcAction *self);
const char       *livc_action_get_domain_id      (LivcAction *self);
void              livc_action_set_domain_id      (LivcAction *self,
                                                  const char *domain_id);
const char       *livc_action_get_item_id        (LivcAction *self);
void              livc_action_set_item_id        (LivcAction *self,
                                                  const char *item_id);
const char       *livc_action_get_owner          (LivcAction *self);
void              livc_action_set_owner          (LivcAction *self,
                                                  const char *owner);
const char       *livc_action_get_due            (LivcAction *self);
void              livc_action_set_due            (LivcAction *self,
                                                  const char *due);
LivcActionStatus  livc_action_get_status         (LivcAction *self);
void              livc_action_set_status         (LivcAction       *self,
                                                  LivcActionStatus  status);
const char       *livc_action_get_text           (LivcAction *self);
void              livc_action_set_text           (LivcAction *self,
                                                  const char *text);
int               livc_action_get_line           (LivcAction *self);
void              livc_action_set_line           (LivcAction *self,
                                                  int         line);
LivcForeign      *livc_action_get_foreign        (LivcAction *self);

LivcAssessment   *livc_assessment_new                        (const char *questionnaire_id,
                                                              const char *questionnaire_version);
const char       *livc_assessment_get_questionnaire_id       (LivcAssessment *self);
const char       *livc_assessment_get_questionnaire_version  (LivcAssessment *self);
void              livc_assessment_set_questionnaire_version  (LivcAssessment *self,
                                                              const char     *version);
const char       *livc_assessment_get_date                   (LivcAssessment *self);
void              livc_assessment_set_date                   (LivcAssessment *self,
                                                              const char     *date);
const char       *livc_assessment_get_title                  (LivcAssessment *self);
void              livc_assessment_set_title                  (LivcAssessment *self,
                                                              const char     *title);
char             *livc_assessment_dup_municipality_names     (LivcAssessment *self,
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
gboolean          livc_assessment_has_participants_element   (LivcAssessment *self);
void              livc_assessment_set_has_participants_element (LivcAssessment *self,
                                                                gboolean        has);
GListModel       *livc_assessment_get_answers                (LivcAssessment *self);
LivcAnswer       *livc_assessment_find_answer                (LivcAssessment *self,
                                                              const char     *item_id);
void              livc_assessment_add_answer                 (LivcAssessment *self,
                                                              LivcAnswer     *answer);
LivcAnswer       *livc_assessment_ensure_answer              (LivcAssessment *self,
                                                              const char     *item_id);
GListModel       *livc_assessment_get_actions                (LivcAssessment *self);
void              livc_assessment_add_action                 (LivcAssessment *self,
                                                              LivcAction     *action);
void              livc_assessment_remove_action              (LivcAssessment *self,
                                                              LivcAction     *action);
char             *livc_assessment_new_action_id              (LivcAssessment *self);
LivcForeign      *livc_assessment_get_foreign                (LivcAssessment *self);

G_END_DECLS

/* livc-answer.h: the team's answer to one item, with each member's rating, a note and
 * evidence. SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "livc-types.h"

G_BEGIN_DECLS

#define LIVC_TYPE_ANSWER (livc_answer_get_type ())
G_DECLARE_FINAL_TYPE (LivcAnswer, livc_answer, LIVC, ANSWER, GObject)

typedef struct
{
  char *participant;
  int   value;
  int   line;
} LivcRating;

const char       *livc_answer_get_item_id    (LivcAnswer *self);
const char       *livc_answer_get_instance   (LivcAnswer *self);
int               livc_answer_get_value      (LivcAnswer *self);
void              livc_answer_set_value      (LivcAnswer *self,
                                              int         value);
const char       *livc_answer_get_note       (LivcAnswer *self);
void              livc_answer_set_note       (LivcAnswer *self,
                                              const char *note);
const char       *livc_answer_get_evidence   (LivcAnswer *self);
void              livc_answer_set_evidence   (LivcAnswer *self,
                                              const char *evidence);
guint             livc_answer_get_n_ratings  (LivcAnswer *self);
const LivcRating *livc_answer_get_rating     (LivcAnswer *self,
                                              guint       index);
int               livc_answer_get_rating_for (LivcAnswer *self,
                                              const char *participant);
void              livc_answer_set_rating     (LivcAnswer *self,
                                              const char *participant,
                                              int         value);
gboolean          livc_answer_is_empty       (LivcAnswer *self);

G_END_DECLS

/* livc-answer.c: the team's answer to one item, with each member's rating.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "livc-answer-private.h"
#include "livc-foreign-private.h"
#include "livc-model-private.h"

struct _LivcAnswer
{
  GObject      parent_instance;
  char        *item_id;
  char        *instance; /* the instance of a repeated domain, or NULL */
  char        *key;      /* item_id, or "item_id#instance" */
  int          value;
  char        *note;
  char        *evidence;
  GArray      *ratings; /* LivcRating */
  int          line;
  LivcForeign *foreign;
};

G_DEFINE_FINAL_TYPE (LivcAnswer, livc_answer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_NOTE,
  PROP_EVIDENCE,
  PROP_N_RATINGS,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
clear_rating (gpointer data)
{
  g_free (((LivcRating *) data)->participant);
}

static void
livc_answer_finalize (GObject *object)
{
  LivcAnswer *self = LIVC_ANSWER (object);

  g_free (self->item_id);
  g_free (self->instance);
  g_free (self->key);
  g_free (self->note);
  g_free (self->evidence);
  g_array_unref (self->ratings);
  livc_foreign_free (self->foreign);
  G_OBJECT_CLASS (livc_answer_parent_class)->finalize (object);
}

static void
livc_answer_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LivcAnswer *self = LIVC_ANSWER (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int (value, self->value);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_EVIDENCE:
      g_value_set_string (value, self->evidence);
      break;
    case PROP_N_RATINGS:
      g_value_set_uint (value, self->ratings->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_answer_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LivcAnswer *self = LIVC_ANSWER (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      livc_answer_set_value (self, g_value_get_int (value));
      break;
    case PROP_NOTE:
      livc_answer_set_note (self, g_value_get_string (value));
      break;
    case PROP_EVIDENCE:
      livc_answer_set_evidence (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_answer_class_init (LivcAnswerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = livc_answer_finalize;
  object_class->get_property = livc_answer_get_property;
  object_class->set_property = livc_answer_set_property;

  properties[PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL, G_MININT, G_MAXINT, LIVC_VALUE_NONE,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EVIDENCE] =
    g_param_spec_string ("evidence", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Notified whenever a rating changes, even when their number stays the same. */
  properties[PROP_N_RATINGS] =
    g_param_spec_uint ("n-ratings", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
livc_answer_init (LivcAnswer *self)
{
  self->value = LIVC_VALUE_NONE;
  self->ratings = g_array_new (FALSE, TRUE, sizeof (LivcRating));
  g_array_set_clear_func (self->ratings, clear_rating);
  self->foreign = livc_foreign_new ();
}

LivcAnswer *
livc_answer_new (const char *item_id)
{
  return livc_answer_new_for_instance (item_id, NULL);
}

/* An answer to ITEM_ID for one instance of its repeated domain (NULL: not repeated). */
LivcAnswer *
livc_answer_new_for_instance (const char *item_id,
                              const char *instance)
{
  LivcAnswer *self;

  g_return_val_if_fail (item_id != NULL, NULL);

  self = g_object_new (LIVC_TYPE_ANSWER, NULL);
  self->item_id = g_strdup (item_id);
  self->instance = g_strdup (instance);
  self->key = livc_answer_key (item_id, instance);
  return self;
}

/* A copy of FROM's value, ratings, note, evidence and foreign content that answers
 * ITEM_ID (for INSTANCE): what a newer questionnaire's item takes over. */
LivcAnswer *
livc_answer_copy_for (LivcAnswer *from,
                      const char *item_id,
                      const char *instance)
{
  LivcAnswer *self;

  g_return_val_if_fail (LIVC_IS_ANSWER (from), NULL);

  self = livc_answer_new_for_instance (item_id, instance);
  self->value = from->value;
  self->note = g_strdup (from->note);
  self->evidence = g_strdup (from->evidence);
  self->line = from->line;
  for (guint i = 0; i < from->ratings->len; i++)
    {
      LivcRating rating = g_array_index (from->ratings, LivcRating, i);

      rating.participant = g_strdup (rating.participant);
      g_array_append_val (self->ratings, rating);
    }
  livc_foreign_append (self->foreign, from->foreign);
  return self;
}

/* The key an assessment finds an answer by: the item id, or "item#instance" (an id never
 * holds "#"). */
char *
livc_answer_key (const char *item_id,
                 const char *instance)
{
  return instance != NULL ? g_strconcat (item_id, "#", instance, NULL) : g_strdup (item_id);
}

const char *
livc_answer_get_item_id (LivcAnswer *self)
{
  g_return_val_if_fail (LIVC_IS_ANSWER (self), NULL);
  return self->item_id;
}

/* The instance of a repeated domain this answer is for, or NULL. */
const char *
livc_answer_get_instance (LivcAnswer *self)
{
  g_return_val_if_fail (LIVC_IS_ANSWER (self), NULL);
  return self->instance;
}

const char *
livc_answer_get_key (LivcAnswer *self)
{
  g_return_val_if_fail (LIVC_IS_ANSWER (self), NULL);
  return self->key;
}

/* The team's value: a level, LIVC_VALUE_NA, LIVC_VALUE_UNKNOWN or LIVC_VALUE_NONE. */
int
livc_answer_get_value (LivcAnswer *self)
{
  g_return_val_if_fail (LIVC_IS_ANSWER (self), LIVC_VALUE_NONE);
  return self->value;
}

void
livc_answer_set_value (LivcAnswer *self,
                       int         value)
{
  g_return_if_fail (LIVC_IS_ANSWER (self));

  if (self->value == value)
    return;
  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

const char *
livc_answer_get_note (LivcAnswer *self)
{
  g_return_val_if_fail (LIVC_IS_ANSWER (self), NULL);
  return self->note;
}

void
livc_answer_set_note (LivcAnswer *self,
                      const char *note)
{
  g_return_if_fail (LIVC_IS_ANSWER (self));
  livc_model_set_string (G_OBJECT (self), &self->note, note, properties[PROP_NOTE]);
}

const char *
livc_answer_get_evidence (LivcAnswer *self)
{
  g_return_val_if_fail (LIVC_IS_ANSWER (self), NULL);
  return self->evidence;
}

void
livc_answer_set_evidence (LivcAnswer *self,
                          const char *evidence)
{
  g_return_if_fail (LIVC_IS_ANSWER (self));
  livc_model_set_string (G_OBJECT (self), &self->evidence, evidence, properties[PROP_EVIDENCE]);
}

guint
livc_answer_get_n_ratings (LivcAnswer *self)
{
  g_return_val_if_fail (LIVC_IS_ANSWER (self), 0);
  return self->ratings->len;
}

const LivcRating *
livc_answer_get_rating (LivcAnswer *self,
                        guint       index)
{
  g_return_val_if_fail (LIVC_IS_ANSWER (self), NULL);
  g_return_val_if_fail (index < self->ratings->len, NULL);
  return &g_array_index (self->ratings, LivcRating, index);
}

int
livc_answer_get_rating_for (LivcAnswer *self,
                            const char *participant)
{
  g_return_val_if_fail (LIVC_IS_ANSWER (self), LIVC_VALUE_NONE);

  for (guint i = 0; i < self->ratings->len; i++)
    {
      const LivcRating *r = &g_array_index (self->ratings, LivcRating, i);
      if (g_strcmp0 (r->participant, participant) == 0)
        return r->value;
    }
  return LIVC_VALUE_NONE;
}

/* Adds, changes or (with LIVC_VALUE_NONE) removes one participant's rating. */
void
livc_answer_set_rating (LivcAnswer *self,
                        const char *participant,
                        int         value)
{
  LivcRating rating = { 0 };

  g_return_if_fail (LIVC_IS_ANSWER (self));
  g_return_if_fail (participant != NULL);

  for (guint i = 0; i < self->ratings->len; i++)
    {
      LivcRating *r = &g_array_index (self->ratings, LivcRating, i);

      if (strcmp (r->participant, participant) != 0)
        continue;
      if (r->value == value)
        return;
      if (value == LIVC_VALUE_NONE)
        g_array_remove_index (self->ratings, i);
      else
        r->value = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RATINGS]);
      return;
    }
  if (value == LIVC_VALUE_NONE)
    return;
  rating.participant = g_strdup (participant);
  rating.value = value;
  g_array_append_val (self->ratings, rating);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RATINGS]);
}

/* TRUE when the answer holds nothing a user entered. */
gboolean
livc_answer_is_empty (LivcAnswer *self)
{
  g_return_val_if_fail (LIVC_IS_ANSWER (self), TRUE);
  return self->value == LIVC_VALUE_NONE && self->ratings->len == 0 && self->note == NULL &&
         self->evidence == NULL && livc_foreign_is_empty (self->foreign);
}

int
livc_answer_get_line (LivcAnswer *self)
{
  g_return_val_if_fail (LIVC_IS_ANSWER (self), 0);
  return self->line;
}

void
livc_answer_set_line (LivcAnswer *self,
                      int         line)
{
  g_return_if_fail (LIVC_IS_ANSWER (self));
  self->line = line;
}

LivcForeign *
livc_answer_get_foreign (LivcAnswer *self)
{
  g_return_val_if_fail (LIVC_IS_ANSWER (self), NULL);
  return self->foreign;
}


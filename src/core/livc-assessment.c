/* livc-assessment.c: the assessment classes and their change notification.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "livc-assessment.h"

/* Foreign content */

static void
clear_foreign_attr (gpointer data)
{
  LivcForeignAttr *attr = data;

  g_free (attr->ns_href);
  g_free (attr->ns_prefix);
  g_free (attr->name);
  g_free (attr->value);
}

LivcForeign *
livc_foreign_new (void)
{
  LivcForeign *foreign = g_new0 (LivcForeign, 1);

  foreign->elements = g_ptr_array_new_with_free_func (g_free);
  foreign->attributes = g_array_new (FALSE, TRUE, sizeof (LivcForeignAttr));
  g_array_set_clear_func (foreign->attributes, clear_foreign_attr);
  return foreign;
}

void
livc_foreign_free (LivcForeign *foreign)
{
  if (foreign == NULL)
    return;
  g_ptr_array_unref (foreign->elements);
  g_array_unref (foreign->attributes);
  g_free (foreign);
}

void
livc_foreign_append (LivcForeign       *dest,
                     const LivcForeign *src)
{
  g_return_if_fail (dest != NULL && src != NULL);

  for (guint i = 0; i < src->elements->len; i++)
    g_ptr_array_add (dest->elements, g_strdup (g_ptr_array_index (src->elements, i)));
  for (guint i = 0; i < src->attributes->len; i++)
    {
      const LivcForeignAttr *a = &g_array_index (src->attributes, LivcForeignAttr, i);
      gboolean present = FALSE;
      LivcForeignAttr copy;

      for (guint j = 0; j < dest->attributes->len && !present; j++)
        {
          const LivcForeignAttr *b = &g_array_index (dest->attributes, LivcForeignAttr, j);
          present = g_strcmp0 (a->ns_href, b->ns_href) == 0 && g_strcmp0 (a->name, b->name) == 0;
        }
      if (present)
        continue;
      copy.ns_href = g_strdup (a->ns_href);
      copy.ns_prefix = g_strdup (a->ns_prefix);
      copy.name = g_strdup (a->name);
      copy.value = g_strdup (a->value);
      g_array_append_val (dest->attributes, copy);
    }
}

gboolean
livc_foreign_is_empty (const LivcForeign *foreign)
{
  return foreign == NULL || (foreign->elements->len == 0 && foreign->attributes->len == 0);
}

/* Sets a string field and notifies, unless nothing changed. Empty strings are kept as
 * they are: a user may have typed them. What no file could hold is replaced first
 * (livc_text_sanitize ()), so that whatever was typed or pasted saves and opens again. */
static gboolean
set_string (GObject    *object,
            char      **field,
            const char *value,
            GParamSpec *pspec)
{
  g_autofree char *clean = livc_text_sanitize (value);

  if (g_strcmp0 (*field, clean) == 0)
    return FALSE;
  g_free (*field);
  *field = g_steal_pointer (&clean);
  g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

/* LivcMunicipality */

struct _LivcMunicipality
{
  GObject      parent_instance;
  char        *nis;
  char        *name;
  LivcForeign *foreign;
};

G_DEFINE_FINAL_TYPE (LivcMunicipality, livc_municipality, G_TYPE_OBJECT)

enum { MUN_PROP_0, MUN_PROP_NIS, MUN_PROP_NAME, MUN_N_PROPS };
static GParamSpec *mun_properties[MUN_N_PROPS];

static void
livc_municipality_finalize (GObject *object)
{
  LivcMunicipality *self = LIVC_MUNICIPALITY (object);

  g_free (self->nis);
  g_free (self->name);
  livc_foreign_free (self->foreign);
  G_OBJECT_CLASS (livc_municipality_parent_class)->finalize (object);
}

static void
livc_municipality_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LivcMunicipality *self = LIVC_MUNICIPALITY (object);

  switch (prop_id)
    {
    case MUN_PROP_NIS:
      g_value_set_string (value, self->nis);
      break;
    case MUN_PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_municipality_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LivcMunicipality *self = LIVC_MUNICIPALITY (object);

  switch (prop_id)
    {
    case MUN_PROP_NIS:
      livc_municipality_set_nis (self, g_value_get_string (value));
      break;
    case MUN_PROP_NAME:
      livc_municipality_set_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_municipality_class_init (LivcMunicipalityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = livc_municipality_finalize;
  object_class->get_property = livc_municipality_get_property;
  object_class->set_property = livc_municipality_set_property;

  mun_properties[MUN_PROP_NIS] =
    g_param_spec_string ("nis", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  mun_properties[MUN_PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, MUN_N_PROPS, mun_properties);
}

static void
livc_municipality_init (LivcMunicipality *self)
{
  self->foreign = livc_foreign_new ();
}

LivcMunicipality *
livc_municipality_new (const char *nis,
                       const char *name)
{
  return g_object_new (LIVC_TYPE_MUNICIPALITY, "nis", nis, "name", name, NULL);
}

const char *
livc_municipality_get_nis (LivcMunicipality *self)
{
  g_return_val_if_fail (LIVC_IS_MUNICIPALITY (self), NULL);
  return self->nis;
}

const char *
livc_municipality_get_name (LivcMunicipality *self)
{
  g_return_val_if_fail (LIVC_IS_MUNICIPALITY (self), NULL);
  return self->name;
}

void
livc_municipality_set_name (LivcMunicipality *self,
                            const char       *name)
{
  g_return_if_fail (LIVC_IS_MUNICIPALITY (self));
  set_string (G_OBJECT (self), &self->name, name, mun_properties[MUN_PROP_NAME]);
}

void
livc_municipality_set_nis (LivcMunicipality *self,
                           const char       *nis)
{
  g_return_if_fail (LIVC_IS_MUNICIPALITY (self));
  set_string (G_OBJECT (self), &self->nis, nis, mun_properties[MUN_PROP_NIS]);
}

LivcForeign *
livc_municipality_get_foreign (LivcMunicipality *self)
{
  g_return_val_if_fail (LIVC_IS_MUNICIPALITY (self), NULL);
  return self->foreign;
}

/* LivcParticipant */

struct _LivcParticipant
{
  GObject      parent_instance;
  char        *id;
  char        *role;
  char        *name;
  LivcForeign *foreign;
};

G_DEFINE_FINAL_TYPE (LivcParticipant, livc_participant, G_TYPE_OBJECT)

enum { PART_PROP_0, PART_PROP_ROLE, PART_PROP_NAME, PART_N_PROPS };
static GParamSpec *part_properties[PART_N_PROPS];

static void
livc_participant_finalize (GObject *object)
{
  LivcParticipant *self = LIVC_PARTICIPANT (object);

  g_free (self->id);
  g_free (self->role);
  g_free (self->name);
  livc_foreign_free (self->foreign);
  G_OBJECT_CLASS (livc_participant_parent_class)->finalize (object);
}

static void
livc_participant_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LivcParticipant *self = LIVC_PARTICIPANT (object);

  switch (prop_id)
    {
    case PART_PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    case PART_PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_participant_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LivcParticipant *self = LIVC_PARTICIPANT (object);

  switch (prop_id)
    {
    case PART_PROP_ROLE:
      livc_participant_set_role (self, g_value_get_string (value));
      break;
    case PART_PROP_NAME:
      livc_participant_set_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_participant_class_init (LivcParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = livc_participant_finalize;
  object_class->get_property = livc_participant_get_property;
  object_class->set_property = livc_participant_set_property;

  part_properties[PART_PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  part_properties[PART_PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, PART_N_PROPS, part_properties);
}

static void
livc_participant_init (LivcParticipant *self)
{
  self->foreign = livc_foreign_new ();
}

LivcParticipant *
livc_participant_new (const char *id,
                      const char *role,
                      const char *name)
{
  LivcParticipant *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (LIVC_TYPE_PARTICIPANT, "role", role, "name", name, NULL);
  self->id = g_strdup (id);
  return self;
}

const char *
livc_participant_get_id (LivcParticipant *self)
{
  g_return_val_if_fail (LIVC_IS_PARTICIPANT (self), NULL);
  return self->id;
}

const char *
livc_participant_get_role (LivcParticipant *self)
{
  g_return_val_if_fail (LIVC_IS_PARTICIPANT (self), NULL);
  return self->role;
}

const char *
livc_participant_get_name (LivcParticipant *self)
{
  g_return_val_if_fail (LIVC_IS_PARTICIPANT (self), NULL);
  return self->name;
}

void
livc_participant_set_role (LivcParticipant *self,
                           const char      *role)
{
  g_return_if_fail (LIVC_IS_PARTICIPANT (self));
  set_string (G_OBJECT (self), &self->role, role, part_properties[PART_PROP_ROLE]);
}

void
livc_participant_set_name (LivcParticipant *self,
                           const char      *name)
{
  g_return_if_fail (LIVC_IS_PARTICIPANT (self));
  set_string (G_OBJECT (self), &self->name, name, part_properties[PART_PROP_NAME]);
}

/* What the app and the reports call a member: the text of the participant element (a
 * function such as "Coördinator preventie", or a name), else the role, else the id. A
 * team that keeps its members anonymous gives roles only. */
const char *
livc_participant_get_label (LivcParticipant *self)
{
  g_return_val_if_fail (LIVC_IS_PARTICIPANT (self), NULL);

  if (self->name != NULL && *self->name != '\0')
    return self->name;
  if (self->role != NULL && *self->role != '\0')
    return self->role;
  return self->id;
}

LivcForeign *
livc_participant_get_foreign (LivcParticipant *self)
{
  g_return_val_if_fail (LIVC_IS_PARTICIPANT (self), NULL);
  return self->foreign;
}

/* LivcAnswer */

struct _LivcAnswer
{
  GObject      parent_instance;
  char        *item_id;
  int          value;
  char        *note;
  char        *evidence;
  GArray      *ratings; /* LivcRating */
  int          line;
  LivcForeign *foreign;
};

G_DEFINE_FINAL_TYPE (LivcAnswer, livc_answer, G_TYPE_OBJECT)

enum { ANS_PROP_0, ANS_PROP_VALUE, ANS_PROP_NOTE, ANS_PROP_EVIDENCE, ANS_PROP_N_RATINGS,
       ANS_N_PROPS };
static GParamSpec *ans_properties[ANS_N_PROPS];

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
    case ANS_PROP_VALUE:
      g_value_set_int (value, self->value);
      break;
    case ANS_PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case ANS_PROP_EVIDENCE:
      g_value_set_string (value, self->evidence);
      break;
    case ANS_PROP_N_RATINGS:
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
    case ANS_PROP_VALUE:
      livc_answer_set_value (self, g_value_get_int (value));
      break;
    case ANS_PROP_NOTE:
      livc_answer_set_note (self, g_value_get_string (value));
      break;
    case ANS_PROP_EVIDENCE:
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

  ans_properties[ANS_PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL, G_MININT, G_MAXINT, LIVC_VALUE_NONE,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ans_properties[ANS_PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ans_properties[ANS_PROP_EVIDENCE] =
    g_param_spec_string ("evidence", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Notified whenever a rating changes, even when their number stays the same. */
  ans_properties[ANS_PROP_N_RATINGS] =
    g_param_spec_uint ("n-ratings", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, ANS_N_PROPS, ans_properties);
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
  LivcAnswer *self;

  g_return_val_if_fail (item_id != NULL, NULL);

  self = g_object_new (LIVC_TYPE_ANSWER, NULL);
  self->item_id = g_strdup (item_id);
  return self;
}

const char *
livc_answer_get_item_id (LivcAnswer *self)
{
  g_return_val_if_fail (LIVC_IS_ANSWER (self), NULL);
  return self->item_id;
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
  g_object_notify_by_pspec (G_OBJECT (self), ans_properties[ANS_PROP_VALUE]);
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
  set_string (G_OBJECT (self), &self->note, note, ans_properties[ANS_PROP_NOTE]);
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
  set_string (G_OBJECT (self), &self->evidence, evidence, ans_properties[ANS_PROP_EVIDENCE]);
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
      g_object_notify_by_pspec (G_OBJECT (self), ans_properties[ANS_PROP_N_RATINGS]);
      return;
    }
  if (value == LIVC_VALUE_NONE)
    return;
  rating.participant = g_strdup (participant);
  rating.value = value;
  g_array_append_val (self->ratings, rating);
  g_object_notify_by_pspec (G_OBJECT (self), ans_properties[ANS_PROP_N_RATINGS]);
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

/* LivcAction */

struct _LivcAction
{
  GObject          parent_instance;
  char            *id;
  char            *domain_id;
  char            *item_id;
  char            *owner;
  char            *due;
  LivcActionStatus status;
  gboolean         status_set;
  char            *text;
  int              line;
  LivcForeign     *foreign;
};

G_DEFINE_FINAL_TYPE (LivcAction, livc_action, G_TYPE_OBJECT)

enum { ACT_PROP_0, ACT_PROP_DOMAIN_ID, ACT_PROP_ITEM_ID, ACT_PROP_OWNER, ACT_PROP_DUE,
       ACT_PROP_STATUS, ACT_PROP_TEXT, ACT_N_PROPS };
static GParamSpec *act_properties[ACT_N_PROPS];

static void
livc_action_finalize (GObject *object)
{
  LivcAction *self = LIVC_ACTION (object);

  g_free (self->id);
  g_free (self->domain_id);
  g_free (self->item_id);
  g_free (self->owner);
  g_free (self->due);
  g_free (self->text);
  livc_foreign_free (self->foreign);
  G_OBJECT_CLASS (livc_action_parent_class)->finalize (object);
}

static void
livc_action_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LivcAction *self = LIVC_ACTION (object);

  switch (prop_id)
    {
    case ACT_PROP_DOMAIN_ID:
      g_value_set_string (value, self->domain_id);
      break;
    case ACT_PROP_ITEM_ID:
      g_value_set_string (value, self->item_id);
      break;
    case ACT_PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;
    case ACT_PROP_DUE:
      g_value_set_string (value, self->due);
      break;
    case ACT_PROP_STATUS:
      g_value_set_int (value, (int) self->status);
      break;
    case ACT_PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_action_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LivcAction *self = LIVC_ACTION (object);

  switch (prop_id)
    {
    case ACT_PROP_DOMAIN_ID:
      livc_action_set_domain_id (self, g_value_get_string (value));
      break;
    case ACT_PROP_ITEM_ID:
      livc_action_set_item_id (self, g_value_get_string (value));
      break;
    case ACT_PROP_OWNER:
      livc_action_set_owner (self, g_value_get_string (value));
      break;
    case ACT_PROP_DUE:
      livc_action_set_due (self, g_value_get_string (value));
      break;
    case ACT_PROP_STATUS:
      livc_action_set_status (self, (LivcActionStatus) g_value_get_int (value));
      break;
    case ACT_PROP_TEXT:
      livc_action_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_action_class_init (LivcActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = livc_action_finalize;
  object_class->get_property = livc_action_get_property;
  object_class->set_property = livc_action_set_property;

  act_properties[ACT_PROP_DOMAIN_ID] = g_param_spec_string ("domain-id", NULL, NULL, NULL, flags);
  act_properties[ACT_PROP_ITEM_ID] = g_param_spec_string ("item-id", NULL, NULL, NULL, flags);
  act_properties[ACT_PROP_OWNER] = g_param_spec_string ("owner", NULL, NULL, NULL, flags);
  act_properties[ACT_PROP_DUE] = g_param_spec_string ("due", NULL, NULL, NULL, flags);
  act_properties[ACT_PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, LIVC_ACTION_OPEN, LIVC_ACTION_DROPPED,
                      LIVC_ACTION_OPEN, flags);
  act_properties[ACT_PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, ACT_N_PROPS, act_properties);
}

static void
livc_action_init (LivcAction *self)
{
  self->status = LIVC_ACTION_OPEN;
  self->foreign = livc_foreign_new ();
}

LivcAction *
livc_action_new (const char *id)
{
  LivcAction *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (LIVC_TYPE_ACTION, NULL);
  self->id = g_strdup (id);
  return self;
}

const char *
livc_action_get_id (LivcAction *self)
{
  g_return_val_if_fail (LIVC_IS_ACTION (self), NULL);
  return self->id;
}

const char *
livc_action_get_domain_id (LivcAction *self)
{
  g_return_val_if_fail (LIVC_IS_ACTION (self), NULL);
  return self->domain_id;
}

void
livc_action_set_domain_id (LivcAction *self,
                           const char *domain_id)
{
  g_return_if_fail (LIVC_IS_ACTION (self));
  set_string (G_OBJECT (self), &self->domain_id, domain_id, act_properties[ACT_PROP_DOMAIN_ID]);
}

const char *
livc_action_get_item_id (LivcAction *self)
{
  g_return_val_if_fail (LIVC_IS_ACTION (self), NULL);
  return self->item_id;
}

void
livc_action_set_item_id (LivcAction *self,
                         const char *item_id)
{
  g_return_if_fail (LIVC_IS_ACTION (self));
  set_string (G_OBJECT (self), &self->item_id, item_id, act_properties[ACT_PROP_ITEM_ID]);
}

const char *
livc_action_get_owner (LivcAction *self)
{
  g_return_val_if_fail (LIVC_IS_ACTION (self), NULL);
  return self->owner;
}

void
livc_action_set_owner (LivcAction *self,
                       const char *owner)
{
  g_return_if_fail (LIVC_IS_ACTION (self));
  set_string (G_OBJECT (self), &self->owner, owner, act_properties[ACT_PROP_OWNER]);
}

const char *
livc_action_get_due (LivcAction *self)
{
  g_return_val_if_fail (LIVC_IS_ACTION (self), NULL);
  return self->due;
}

void
livc_action_set_due (LivcAction *self,
                     const char *due)
{
  g_return_if_fail (LIVC_IS_ACTION (self));
  set_string (G_OBJECT (self), &self->due, due, act_properties[ACT_PROP_DUE]);
}

LivcActionStatus
livc_action_get_status (LivcAction *self)
{
  g_return_val_if_fail (LIVC_IS_ACTION (self), LIVC_ACTION_OPEN);
  return self->status;
}

void
livc_action_set_status (LivcAction       *self,
                        LivcActionStatus  status)
{
  g_return_if_fail (LIVC_IS_ACTION (self));
  g_return_if_fail (status <= LIVC_ACTION_DROPPED);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), act_properties[ACT_PROP_STATUS]);
}

const char *
livc_action_get_text (LivcAction *self)
{
  g_return_val_if_fail (LIVC_IS_ACTION (self), NULL);
  return self->text;
}

void
livc_action_set_text (LivcAction *self,
                      const char *text)
{
  g_return_if_fail (LIVC_IS_ACTION (self));
  set_string (G_OBJECT (self), &self->text, text, act_properties[ACT_PROP_TEXT]);
}

int
livc_action_get_line (LivcAction *self)
{
  g_return_val_if_fail (LIVC_IS_ACTION (self), 0);
  return self->line;
}

void
livc_action_set_line (LivcAction *self,
                      int         line)
{
  g_return_if_fail (LIVC_IS_ACTION (self));
  self->line = line;
}

LivcForeign *
livc_action_get_foreign (LivcAction *self)
{
  g_return_val_if_fail (LIVC_IS_ACTION (self), NULL);
  return self->foreign;
}

/* LivcAssessment */

struct _LivcAssessment
{
  GObject      parent_instance;
  char        *questionnaire_id;
  char        *questionnaire_version;
  char        *date;
  char        *title;
  GListStore  *municipalities;
  GListStore  *participants;
  GListStore  *answers;
  GListStore  *actions;
  GHashTable  *answers_by_item; /* item id → LivcAnswer*, unowned */
  LivcForeign *foreign;
  gboolean     has_participants_element;
};

G_DEFINE_FINAL_TYPE (LivcAssessment, livc_assessment, G_TYPE_OBJECT)

enum { ASS_PROP_0, ASS_PROP_DATE, ASS_PROP_TITLE, ASS_PROP_QUESTIONNAIRE_VERSION, ASS_N_PROPS };
static GParamSpec *ass_properties[ASS_N_PROPS];

enum { SIGNAL_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
emit_changed (LivcAssessment *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
on_child_notify (GObject        *child,
                 GParamSpec     *pspec,
                 LivcAssessment *self)
{
  emit_changed (self);
}

static void
on_items_changed (GListModel     *model,
                  guint           position,
                  guint           removed,
                  guint           added,
                  LivcAssessment *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) child = g_list_model_get_item (model, i);

      g_signal_handlers_disconnect_by_func (child, on_child_notify, self);
      g_signal_connect_object (child, "notify", G_CALLBACK (on_child_notify), self, 0);
    }
  emit_changed (self);
}

static void
livc_assessment_dispose (GObject *object)
{
  LivcAssessment *self = LIVC_ASSESSMENT (object);

  g_clear_pointer (&self->answers_by_item, g_hash_table_unref);
  g_clear_object (&self->municipalities);
  g_clear_object (&self->participants);
  g_clear_object (&self->answers);
  g_clear_object (&self->actions);
  G_OBJECT_CLASS (livc_assessment_parent_class)->dispose (object);
}

static void
livc_assessment_finalize (GObject *object)
{
  LivcAssessment *self = LIVC_ASSESSMENT (object);

  g_free (self->questionnaire_id);
  g_free (self->questionnaire_version);
  g_free (self->date);
  g_free (self->title);
  livc_foreign_free (self->foreign);
  G_OBJECT_CLASS (livc_assessment_parent_class)->finalize (object);
}

static void
livc_assessment_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LivcAssessment *self = LIVC_ASSESSMENT (object);

  switch (prop_id)
    {
    case ASS_PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case ASS_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case ASS_PROP_QUESTIONNAIRE_VERSION:
      g_value_set_string (value, self->questionnaire_version);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_assessment_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LivcAssessment *self = LIVC_ASSESSMENT (object);

  switch (prop_id)
    {
    case ASS_PROP_DATE:
      livc_assessment_set_date (self, g_value_get_string (value));
      break;
    case ASS_PROP_TITLE:
      livc_assessment_set_title (self, g_value_get_string (value));
      break;
    case ASS_PROP_QUESTIONNAIRE_VERSION:
      livc_assessment_set_questionnaire_version (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_assessment_class_init (LivcAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = livc_assessment_dispose;
  object_class->finalize = livc_assessment_finalize;
  object_class->get_property = livc_assessment_get_property;
  object_class->set_property = livc_assessment_set_property;

  ass_properties[ASS_PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  ass_properties[ASS_PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  ass_properties[ASS_PROP_QUESTIONNAIRE_VERSION] =
    g_param_spec_string ("questionnaire-version", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, ASS_N_PROPS, ass_properties);

  /**
   * LivcAssessment::changed:
   *
   * Emitted after anything in the assessment changed: metadata, an answer, a rating,
   * a note, a participant, an action. Views and autosave listen to this one signal.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
livc_assessment_init (LivcAssessment *self)
{
  GListStore **stores[] = { &self->municipalities, &self->participants, &self->answers,
                            &self->actions };
  GType types[] = { LIVC_TYPE_MUNICIPALITY, LIVC_TYPE_PARTICIPANT, LIVC_TYPE_ANSWER,
                    LIVC_TYPE_ACTION };

  for (guint i = 0; i < G_N_ELEMENTS (stores); i++)
    {
      *stores[i] = g_list_store_new (types[i]);
      g_signal_connect_object (*stores[i], "items-changed", G_CALLBACK (on_items_changed),
                               self, 0);
    }
  self->answers_by_item = g_hash_table_new (g_str_hash, g_str_equal);
  self->foreign = livc_foreign_new ();
}

LivcAssessment *
livc_assessment_new (const char *questionnaire_id,
                     const char *questionnaire_version)
{
  LivcAssessment *self;

  g_return_val_if_fail (questionnaire_id != NULL, NULL);
  g_return_val_if_fail (questionnaire_version != NULL, NULL);

  self = g_object_new (LIVC_TYPE_ASSESSMENT, NULL);
  self->questionnaire_id = g_strdup (questionnaire_id);
  self->questionnaire_version = g_strdup (questionnaire_version);
  return self;
}

const char *
livc_assessment_get_questionnaire_id (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  return self->questionnaire_id;
}

const char *
livc_assessment_get_questionnaire_version (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  return self->questionnaire_version;
}

void
livc_assessment_set_questionnaire_version (LivcAssessment *self,
                                           const char     *version)
{
  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  g_return_if_fail (version != NULL);
  if (set_string (G_OBJECT (self), &self->questionnaire_version, version,
                  ass_properties[ASS_PROP_QUESTIONNAIRE_VERSION]))
    emit_changed (self);
}

const char *
livc_assessment_get_date (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  return self->date;
}

void
livc_assessment_set_date (LivcAssessment *self,
                          const char     *date)
{
  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  if (set_string (G_OBJECT (self), &self->date, date, ass_properties[ASS_PROP_DATE]))
    emit_changed (self);
}

const char *
livc_assessment_get_title (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  return self->title;
}

void
livc_assessment_set_title (LivcAssessment *self,
                           const char     *title)
{
  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  if (set_string (G_OBJECT (self), &self->title, title, ass_properties[ASS_PROP_TITLE]))
    emit_changed (self);
}

char *
livc_assessment_dup_municipality_names (LivcAssessment *self,
                                        const char     *separator)
{
  GString *s = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->municipalities));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LivcMunicipality) m = g_list_model_get_item (G_LIST_MODEL (self->municipalities), i);

      if (i > 0)
        g_string_append (s, separator);
      g_string_append (s, m->name ? m->name : "");
    }
  return g_string_free (s, FALSE);
}

GListModel *
livc_assessment_get_municipalities (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  return G_LIST_MODEL (self->municipalities);
}

void
livc_assessment_add_municipality (LivcAssessment   *self,
                                  LivcMunicipality *municipality)
{
  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  g_return_if_fail (LIVC_IS_MUNICIPALITY (municipality));
  g_list_store_append (self->municipalities, municipality);
}

GListModel *
livc_assessment_get_participants (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  return G_LIST_MODEL (self->participants);
}

LivcParticipant *
livc_assessment_find_participant (LivcAssessment *self,
                                  const char     *id)
{
  guint n;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->participants));
  for (guint i = 0; i < n; i++)
    {
      LivcParticipant *p = g_list_model_get_item (G_LIST_MODEL (self->participants), i);

      g_object_unref (p);
      if (g_strcmp0 (p->id, id) == 0)
        return p;
    }
  return NULL;
}

void
livc_assessment_add_participant (LivcAssessment  *self,
                                 LivcParticipant *participant)
{
  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  g_return_if_fail (LIVC_IS_PARTICIPANT (participant));
  self->has_participants_element = TRUE;
  g_list_store_append (self->participants, participant);
}

/* Removes a member of the team with every rating they gave: nothing of theirs is left in
 * the file, which matters when a member asks to be taken out. */
void
livc_assessment_remove_participant (LivcAssessment  *self,
                                    LivcParticipant *participant)
{
  guint position;

  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  g_return_if_fail (LIVC_IS_PARTICIPANT (participant));

  if (!g_list_store_find (self->participants, participant, &position))
    return;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->answers)); i++)
    {
      g_autoptr(LivcAnswer) answer = g_list_model_get_item (G_LIST_MODEL (self->answers), i);

      livc_answer_set_rating (answer, participant->id, LIVC_VALUE_NONE);
    }
  g_list_store_remove (self->participants, position);
}

/* "pN" past the highest N in use and the number of members, so that a newcomer does not
 * take the id of a member who left from the middle of the list, whose ratings may still be
 * in another file of the same team. */
char *
livc_assessment_new_participant_id (LivcAssessment *self)
{
  guint n;
  guint64 next;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->participants));
  next = n + 1;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LivcParticipant) p = g_list_model_get_item (G_LIST_MODEL (self->participants), i);
      guint64 k;

      if (p->id[0] == 'p' && g_ascii_string_to_unsigned (p->id + 1, 10, 1, G_MAXUINT32, &k, NULL))
        next = MAX (next, k + 1);
    }
  for (;; next++)
    {
      g_autofree char *id = g_strdup_printf ("p%" G_GUINT64_FORMAT, next);

      if (livc_assessment_find_participant (self, id) == NULL)
        return g_steal_pointer (&id);
    }
}

/* An empty <participants/> element is kept on a round trip. */
gboolean
livc_assessment_has_participants_element (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), FALSE);
  return self->has_participants_element;
}

void
livc_assessment_set_has_participants_element (LivcAssessment *self,
                                              gboolean        has)
{
  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  self->has_participants_element = has;
}

GListModel *
livc_assessment_get_answers (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  return G_LIST_MODEL (self->answers);
}

LivcAnswer *
livc_assessment_find_answer (LivcAssessment *self,
                             const char     *item_id)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  if (item_id == NULL)
    return NULL;
  return g_hash_table_lookup (self->answers_by_item, item_id);
}

/* The first answer for an item is the one that counts; the loader refuses duplicates. */
void
livc_assessment_add_answer (LivcAssessment *self,
                            LivcAnswer     *answer)
{
  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  g_return_if_fail (LIVC_IS_ANSWER (answer));

  if (!g_hash_table_contains (self->answers_by_item, answer->item_id))
    g_hash_table_insert (self->answers_by_item, answer->item_id, answer);
  g_list_store_append (self->answers, answer);
}

LivcAnswer *
livc_assessment_ensure_answer (LivcAssessment *self,
                               const char     *item_id)
{
  LivcAnswer *answer;
  g_autoptr(LivcAnswer) created = NULL;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (item_id != NULL, NULL);

  answer = livc_assessment_find_answer (self, item_id);
  if (answer != NULL)
    return answer;
  created = livc_answer_new (item_id);
  livc_assessment_add_answer (self, created);
  return created;
}

GListModel *
livc_assessment_get_actions (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  return G_LIST_MODEL (self->actions);
}

void
livc_assessment_add_action (LivcAssessment *self,
                            LivcAction     *action)
{
  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  g_return_if_fail (LIVC_IS_ACTION (action));
  g_list_store_append (self->actions, action);
}

void
livc_assessment_remove_action (LivcAssessment *self,
                               LivcAction     *action)
{
  guint position;

  g_return_if_fail (LIVC_IS_ASSESSMENT (self));
  g_return_if_fail (LIVC_IS_ACTION (action));

  if (g_list_store_find (self->actions, action, &position))
    g_list_store_remove (self->actions, position);
}

/* The first free id of the form aN. */
char *
livc_assessment_new_action_id (LivcAssessment *self)
{
  guint n;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->actions));
  for (guint k = n + 1;; k++)
    {
      g_autofree char *id = g_strdup_printf ("a%u", k);
      gboolean used = FALSE;

      for (guint i = 0; i < n && !used; i++)
        {
          g_autoptr(LivcAction) a = g_list_model_get_item (G_LIST_MODEL (self->actions), i);
          used = g_strcmp0 (a->id, id) == 0;
        }
      if (!used)
        return g_steal_pointer (&id);
    }
}

LivcForeign *
livc_assessment_get_foreign (LivcAssessment *self)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (self), NULL);
  return self->foreign;
}

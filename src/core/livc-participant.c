/* livc-participant.c: a member of the team that fills in the assessment.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-foreign-private.h"
#include "livc-model-private.h"
#include "livc-participant-private.h"

struct _LivcParticipant
{
  GObject      parent_instance;
  char        *id;
  char        *role;
  char        *name;
  LivcForeign *foreign;
};

G_DEFINE_FINAL_TYPE (LivcParticipant, livc_participant, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROLE,
  PROP_NAME,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

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
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    case PROP_NAME:
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
    case PROP_ROLE:
      livc_participant_set_role (self, g_value_get_string (value));
      break;
    case PROP_NAME:
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

  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
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
  livc_model_set_string (G_OBJECT (self), &self->role, role, properties[PROP_ROLE]);
}

void
livc_participant_set_name (LivcParticipant *self,
                           const char      *name)
{
  g_return_if_fail (LIVC_IS_PARTICIPANT (self));
  livc_model_set_string (G_OBJECT (self), &self->name, name, properties[PROP_NAME]);
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


/* livc-action.c: an action the team plans on a domain or an item.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-action-private.h"
#include "livc-foreign-private.h"
#include "livc-model-private.h"

struct _LivcAction
{
  GObject          parent_instance;
  char            *id;
  char            *domain_id;
  char            *item_id;
  char            *owner;
  char            *due;
  LivcActionStatus status;
  char            *text;
  int              line;
  LivcForeign     *foreign;
};

G_DEFINE_FINAL_TYPE (LivcAction, livc_action, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOMAIN_ID,
  PROP_ITEM_ID,
  PROP_OWNER,
  PROP_DUE,
  PROP_STATUS,
  PROP_TEXT,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

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
    case PROP_DOMAIN_ID:
      g_value_set_string (value, self->domain_id);
      break;
    case PROP_ITEM_ID:
      g_value_set_string (value, self->item_id);
      break;
    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;
    case PROP_DUE:
      g_value_set_string (value, self->due);
      break;
    case PROP_STATUS:
      g_value_set_int (value, (int) self->status);
      break;
    case PROP_TEXT:
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
    case PROP_DOMAIN_ID:
      livc_action_set_domain_id (self, g_value_get_string (value));
      break;
    case PROP_ITEM_ID:
      livc_action_set_item_id (self, g_value_get_string (value));
      break;
    case PROP_OWNER:
      livc_action_set_owner (self, g_value_get_string (value));
      break;
    case PROP_DUE:
      livc_action_set_due (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      livc_action_set_status (self, (LivcActionStatus) g_value_get_int (value));
      break;
    case PROP_TEXT:
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

  properties[PROP_DOMAIN_ID] = g_param_spec_string ("domain-id", NULL, NULL, NULL, flags);
  properties[PROP_ITEM_ID] = g_param_spec_string ("item-id", NULL, NULL, NULL, flags);
  properties[PROP_OWNER] = g_param_spec_string ("owner", NULL, NULL, NULL, flags);
  properties[PROP_DUE] = g_param_spec_string ("due", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, LIVC_ACTION_OPEN, LIVC_ACTION_DROPPED,
                      LIVC_ACTION_OPEN, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
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
  livc_model_set_string (G_OBJECT (self), &self->domain_id, domain_id, properties[PROP_DOMAIN_ID]);
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
  livc_model_set_string (G_OBJECT (self), &self->item_id, item_id, properties[PROP_ITEM_ID]);
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
  livc_model_set_string (G_OBJECT (self), &self->owner, owner, properties[PROP_OWNER]);
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
  livc_model_set_string (G_OBJECT (self), &self->due, due, properties[PROP_DUE]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
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
  livc_model_set_string (G_OBJECT (self), &self->text, text, properties[PROP_TEXT]);
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


/* livc-stage.c: a stage of development, from a minimum score up.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-stage-private.h"

G_DEFINE_FINAL_TYPE (LivcStage, livc_stage, G_TYPE_OBJECT)

static void
livc_stage_finalize (GObject *object)
{
  LivcStage *self = LIVC_STAGE (object);

  g_free (self->id);
  g_clear_pointer (&self->label, livc_text_unref);
  g_clear_pointer (&self->description, livc_text_unref);
  G_OBJECT_CLASS (livc_stage_parent_class)->finalize (object);
}

static void
livc_stage_class_init (LivcStageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = livc_stage_finalize;
}

static void
livc_stage_init (LivcStage *self)
{
  self->label = livc_text_new ();
  self->description = livc_text_new ();
}

LivcStage *
livc_stage_new (void)
{
  return g_object_new (LIVC_TYPE_STAGE, NULL);
}

const char *
livc_stage_get_id (LivcStage *self)
{
  g_return_val_if_fail (LIVC_IS_STAGE (self), NULL);
  return self->id;
}

double
livc_stage_get_min (LivcStage *self)
{
  g_return_val_if_fail (LIVC_IS_STAGE (self), 0);
  return self->min;
}

const LivcText *
livc_stage_get_label (LivcStage *self)
{
  g_return_val_if_fail (LIVC_IS_STAGE (self), NULL);
  return self->label;
}

const LivcText *
livc_stage_get_description (LivcStage *self)
{
  g_return_val_if_fail (LIVC_IS_STAGE (self), NULL);
  return self->description;
}

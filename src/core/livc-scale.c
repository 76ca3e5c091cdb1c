/* livc-scale.c: a scale: the levels an item is answered on.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "livc-scale-private.h"

G_DEFINE_FINAL_TYPE (LivcScale, livc_scale, G_TYPE_OBJECT)

static void
clear_level (gpointer data)
{
  LivcLevel *level = data;

  g_clear_pointer (&level->label, livc_text_unref);
  g_clear_pointer (&level->description, livc_text_unref);
}

static void
livc_scale_finalize (GObject *object)
{
  LivcScale *self = LIVC_SCALE (object);

  g_free (self->id);
  g_array_unref (self->levels);
  G_OBJECT_CLASS (livc_scale_parent_class)->finalize (object);
}

static void
livc_scale_class_init (LivcScaleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = livc_scale_finalize;
}

static void
livc_scale_init (LivcScale *self)
{
  self->levels = g_array_new (FALSE, TRUE, sizeof (LivcLevel));
  g_array_set_clear_func (self->levels, clear_level);
}

LivcScale *
livc_scale_new (void)
{
  return g_object_new (LIVC_TYPE_SCALE, NULL);
}

const char *
livc_scale_get_id (LivcScale *self)
{
  g_return_val_if_fail (LIVC_IS_SCALE (self), NULL);
  return self->id;
}

guint
livc_scale_get_n_levels (LivcScale *self)
{
  g_return_val_if_fail (LIVC_IS_SCALE (self), 0);
  return self->levels->len;
}

const LivcLevel *
livc_scale_get_level (LivcScale *self,
                      guint      index)
{
  g_return_val_if_fail (LIVC_IS_SCALE (self), NULL);
  g_return_val_if_fail (index < self->levels->len, NULL);
  return &g_array_index (self->levels, LivcLevel, index);
}

/* Returns the level's index, or -1 when the value is not a level of this scale. */
int
livc_scale_find_level (LivcScale *self,
                       int        value)
{
  g_return_val_if_fail (LIVC_IS_SCALE (self), -1);

  for (guint i = 0; i < self->levels->len; i++)
    if (g_array_index (self->levels, LivcLevel, i).value == value)
      return (int) i;
  return -1;
}

int
livc_scale_get_min (LivcScale *self)
{
  g_return_val_if_fail (LIVC_IS_SCALE (self) && self->levels->len > 0, 0);
  return g_array_index (self->levels, LivcLevel, 0).value;
}

int
livc_scale_get_max (LivcScale *self)
{
  g_return_val_if_fail (LIVC_IS_SCALE (self) && self->levels->len > 0, 0);
  return g_array_index (self->levels, LivcLevel, self->levels->len - 1).value;
}

/* The item score of the format: (v − min) / (max − min). */
double
livc_scale_normalize (LivcScale *self,
                      int        value)
{
  double min, max;

  g_return_val_if_fail (LIVC_IS_SCALE (self), NAN);

  min = livc_scale_get_min (self);
  max = livc_scale_get_max (self);
  if (max <= min)
    return NAN;
  return ((double) value - min) / (max - min);
}

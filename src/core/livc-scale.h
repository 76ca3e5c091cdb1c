/* livc-scale.h: a scale of the questionnaire, the levels an item is answered on.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "livc-types.h"

G_BEGIN_DECLS

#define LIVC_TYPE_SCALE (livc_scale_get_type ())
G_DECLARE_FINAL_TYPE (LivcScale, livc_scale, LIVC, SCALE, GObject)

typedef struct
{
  int       value;
  LivcText *label;
  LivcText *description;
} LivcLevel;

const char      *livc_scale_get_id       (LivcScale *self);
guint            livc_scale_get_n_levels (LivcScale *self);
const LivcLevel *livc_scale_get_level    (LivcScale *self,
                                          guint      index);
int              livc_scale_find_level   (LivcScale *self,
                                          int        value);
int              livc_scale_get_min      (LivcScale *self);
int              livc_scale_get_max      (LivcScale *self);
double           livc_scale_normalize    (LivcScale *self,
                                          int        value);

G_END_DECLS

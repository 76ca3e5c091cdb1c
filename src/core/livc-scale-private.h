/* livc-scale-private.h: the scale's fields, for the loader that builds it.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-scale.h"

G_BEGIN_DECLS

struct _LivcScale
{
  GObject   parent_instance;
  char     *id;
  GArray   *levels; /* LivcLevel, values strictly increasing once valid */
  int       line;
};

LivcScale *livc_scale_new (void);

G_END_DECLS

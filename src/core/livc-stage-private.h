/* livc-stage-private.h: the stage's fields, for the loader that builds it.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-stage.h"

G_BEGIN_DECLS

struct _LivcStage
{
  GObject   parent_instance;
  char     *id;
  double    min;
  LivcText *label;
  LivcText *description;
  int       line;
};

LivcStage *livc_stage_new (void);

G_END_DECLS

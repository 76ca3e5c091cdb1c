/* livc-stage.h: a stage of development of the questionnaire, from a minimum score up.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "livc-types.h"

G_BEGIN_DECLS

#define LIVC_TYPE_STAGE (livc_stage_get_type ())
G_DECLARE_FINAL_TYPE (LivcStage, livc_stage, LIVC, STAGE, GObject)

const char     *livc_stage_get_id          (LivcStage *self);
double          livc_stage_get_min         (LivcStage *self);
const LivcText *livc_stage_get_label       (LivcStage *self);
const LivcText *livc_stage_get_description (LivcStage *self);

G_END_DECLS

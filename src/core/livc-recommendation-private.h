/* livc-recommendation-private.h: the recommendation's fields, for the loader that builds
 * it. SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-recommendation.h"

G_BEGIN_DECLS

struct _LivcRecommendation
{
  GObject                parent_instance;
  LivcRecommendationKind kind;
  double                 min;
  double                 max;
  char                  *item_id;
  double                 below;
  LivcText              *text;
  LivcDomain            *domain; /* unowned */
  int                    line;
};

LivcRecommendation *livc_recommendation_new (void);

G_END_DECLS

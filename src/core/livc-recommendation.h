/* livc-recommendation.h: advice of a domain, for a band of its score or for an item
 * rated below a threshold. SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "livc-domain.h"
#include "livc-types.h"

G_BEGIN_DECLS

#define LIVC_TYPE_RECOMMENDATION (livc_recommendation_get_type ())
G_DECLARE_FINAL_TYPE (LivcRecommendation, livc_recommendation, LIVC, RECOMMENDATION, GObject)

typedef enum
{
  LIVC_RECOMMENDATION_BAND,
  LIVC_RECOMMENDATION_ITEM,
} LivcRecommendationKind;

LivcRecommendationKind livc_recommendation_get_kind    (LivcRecommendation *self);
double                 livc_recommendation_get_min     (LivcRecommendation *self);
double                 livc_recommendation_get_max     (LivcRecommendation *self);
const char            *livc_recommendation_get_item_id (LivcRecommendation *self);
double                 livc_recommendation_get_below   (LivcRecommendation *self);
const LivcText        *livc_recommendation_get_text    (LivcRecommendation *self);
LivcDomain            *livc_recommendation_get_domain  (LivcRecommendation *self);

G_END_DECLS

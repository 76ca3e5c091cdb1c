/* livc-recommendation.c: advice a domain gives for a score band or a weak item.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-recommendation-private.h"

G_DEFINE_FINAL_TYPE (LivcRecommendation, livc_recommendation, G_TYPE_OBJECT)

static void
livc_recommendation_finalize (GObject *object)
{
  LivcRecommendation *self = LIVC_RECOMMENDATION (object);

  g_free (self->item_id);
  g_clear_pointer (&self->text, livc_text_unref);
  G_OBJECT_CLASS (livc_recommendation_parent_class)->finalize (object);
}

static void
livc_recommendation_class_init (LivcRecommendationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = livc_recommendation_finalize;
}

static void
livc_recommendation_init (LivcRecommendation *self)
{
  self->text = livc_text_new ();
}

LivcRecommendation *
livc_recommendation_new (void)
{
  return g_object_new (LIVC_TYPE_RECOMMENDATION, NULL);
}

LivcRecommendationKind
livc_recommendation_get_kind (LivcRecommendation *self)
{
  g_return_val_if_fail (LIVC_IS_RECOMMENDATION (self), LIVC_RECOMMENDATION_BAND);
  return self->kind;
}

double
livc_recommendation_get_min (LivcRecommendation *self)
{
  g_return_val_if_fail (LIVC_IS_RECOMMENDATION (self), 0);
  return self->min;
}

double
livc_recommendation_get_max (LivcRecommendation *self)
{
  g_return_val_if_fail (LIVC_IS_RECOMMENDATION (self), 0);
  return self->max;
}

const char *
livc_recommendation_get_item_id (LivcRecommendation *self)
{
  g_return_val_if_fail (LIVC_IS_RECOMMENDATION (self), NULL);
  return self->item_id;
}

double
livc_recommendation_get_below (LivcRecommendation *self)
{
  g_return_val_if_fail (LIVC_IS_RECOMMENDATION (self), 0);
  return self->below;
}

const LivcText *
livc_recommendation_get_text (LivcRecommendation *self)
{
  g_return_val_if_fail (LIVC_IS_RECOMMENDATION (self), NULL);
  return self->text;
}

LivcDomain *
livc_recommendation_get_domain (LivcRecommendation *self)
{
  g_return_val_if_fail (LIVC_IS_RECOMMENDATION (self), NULL);
  return self->domain;
}

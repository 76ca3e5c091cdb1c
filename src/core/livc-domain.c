/* livc-domain.c: a domain of the questionnaire: its items and recommendations.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-domain-private.h"
#include "livc-item.h"
#include "livc-recommendation.h"

G_DEFINE_FINAL_TYPE (LivcDomain, livc_domain, G_TYPE_OBJECT)

static void
livc_domain_finalize (GObject *object)
{
  LivcDomain *self = LIVC_DOMAIN (object);

  g_free (self->id);
  g_clear_pointer (&self->title, livc_text_unref);
  g_clear_pointer (&self->description, livc_text_unref);
  g_clear_object (&self->items);
  g_clear_object (&self->recommendations);
  G_OBJECT_CLASS (livc_domain_parent_class)->finalize (object);
}

static void
livc_domain_class_init (LivcDomainClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = livc_domain_finalize;
}

static void
livc_domain_init (LivcDomain *self)
{
  self->weight = 1;
  self->title = livc_text_new ();
  self->description = livc_text_new ();
  self->items = livc_array_list_new (LIVC_TYPE_ITEM);
  self->recommendations = livc_array_list_new (LIVC_TYPE_RECOMMENDATION);
}

LivcDomain *
livc_domain_new (void)
{
  return g_object_new (LIVC_TYPE_DOMAIN, NULL);
}

const char *
livc_domain_get_id (LivcDomain *self)
{
  g_return_val_if_fail (LIVC_IS_DOMAIN (self), NULL);
  return self->id;
}

double
livc_domain_get_weight (LivcDomain *self)
{
  g_return_val_if_fail (LIVC_IS_DOMAIN (self), 0);
  return self->weight;
}

const LivcText *
livc_domain_get_title (LivcDomain *self)
{
  g_return_val_if_fail (LIVC_IS_DOMAIN (self), NULL);
  return self->title;
}

const LivcText *
livc_domain_get_description (LivcDomain *self)
{
  g_return_val_if_fail (LIVC_IS_DOMAIN (self), NULL);
  return self->description;
}

GListModel *
livc_domain_get_items (LivcDomain *self)
{
  g_return_val_if_fail (LIVC_IS_DOMAIN (self), NULL);
  return G_LIST_MODEL (self->items);
}

GListModel *
livc_domain_get_recommendations (LivcDomain *self)
{
  g_return_val_if_fail (LIVC_IS_DOMAIN (self), NULL);
  return G_LIST_MODEL (self->recommendations);
}

guint
livc_domain_get_index (LivcDomain *self)
{
  g_return_val_if_fail (LIVC_IS_DOMAIN (self), 0);
  return self->index;
}

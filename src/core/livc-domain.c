/* livc-domain.c: a domain of the questionnaire: its items and recommendations.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-domain-private.h"
#include "livc-item.h"
#include "livc-recommendation.h"

G_DEFINE_FINAL_TYPE (LivcDomain, livc_domain, G_TYPE_OBJECT)

static void
clear_instance (gpointer data)
{
  LivcDomainInstance *instance = data;

  g_free (instance->id);
  g_clear_pointer (&instance->label, livc_text_unref);
  g_clear_pointer (&instance->description, livc_text_unref);
}

static void
livc_domain_finalize (GObject *object)
{
  LivcDomain *self = LIVC_DOMAIN (object);

  g_free (self->id);
  g_clear_pointer (&self->title, livc_text_unref);
  g_clear_pointer (&self->description, livc_text_unref);
  g_clear_object (&self->items);
  g_clear_object (&self->recommendations);
  g_array_unref (self->instances);
  g_free (self->when_item);
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
  self->instances = g_array_new (FALSE, TRUE, sizeof (LivcDomainInstance));
  g_array_set_clear_func (self->instances, clear_instance);
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

/* 0 unless the domain is repeated: answered once per instance. */
guint
livc_domain_get_n_instances (LivcDomain *self)
{
  g_return_val_if_fail (LIVC_IS_DOMAIN (self), 0);
  return self->instances->len;
}

const LivcDomainInstance *
livc_domain_get_instance (LivcDomain *self,
                          guint       index)
{
  g_return_val_if_fail (LIVC_IS_DOMAIN (self), NULL);
  g_return_val_if_fail (index < self->instances->len, NULL);
  return &g_array_index (self->instances, LivcDomainInstance, index);
}

/* The instance's position, or -1 when the domain has no such instance. */
int
livc_domain_find_instance (LivcDomain *self,
                           const char *instance_id)
{
  g_return_val_if_fail (LIVC_IS_DOMAIN (self), -1);

  for (guint i = 0; i < self->instances->len; i++)
    if (g_strcmp0 (g_array_index (self->instances, LivcDomainInstance, i).id,
                   instance_id) == 0)
      return i;
  return -1;
}

gboolean
livc_domain_is_repeated (LivcDomain *self)
{
  g_return_val_if_fail (LIVC_IS_DOMAIN (self), FALSE);
  return self->instances->len > 0;
}

/* The item whose answer opens a conditional domain, or NULL for a domain always asked. */
LivcItem *
livc_domain_get_when_item (LivcDomain *self)
{
  g_return_val_if_fail (LIVC_IS_DOMAIN (self), NULL);
  return self->when;
}

/* The lowest level of the gating item that opens the domain. */
int
livc_domain_get_when_min (LivcDomain *self)
{
  g_return_val_if_fail (LIVC_IS_DOMAIN (self), 0);
  return self->when_min;
}

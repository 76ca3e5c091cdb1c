/* livc-item.c: one item of a domain: what the team rates.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-domain.h"
#include "livc-item-private.h"

G_DEFINE_FINAL_TYPE (LivcItem, livc_item, G_TYPE_OBJECT)

static void
livc_item_finalize (GObject *object)
{
  LivcItem *self = LIVC_ITEM (object);

  g_free (self->id);
  g_clear_object (&self->scale);
  g_clear_pointer (&self->text, livc_text_unref);
  g_clear_pointer (&self->guidance, livc_text_unref);
  g_ptr_array_unref (self->references);
  g_ptr_array_unref (self->replaces);
  G_OBJECT_CLASS (livc_item_parent_class)->finalize (object);
}

static void
livc_item_class_init (LivcItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = livc_item_finalize;
}

static void
livc_item_init (LivcItem *self)
{
  self->weight = 1;
  self->text = livc_text_new ();
  self->guidance = livc_text_new ();
  self->references = g_ptr_array_new_null_terminated (1, g_free, TRUE);
  self->replaces = g_ptr_array_new_null_terminated (1, g_free, TRUE);
}

LivcItem *
livc_item_new (void)
{
  return g_object_new (LIVC_TYPE_ITEM, NULL);
}

const char *
livc_item_get_id (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), NULL);
  return self->id;
}

LivcScale *
livc_item_get_scale (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), NULL);
  return self->scale;
}

double
livc_item_get_weight (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), 0);
  return self->weight;
}

LivcBasis
livc_item_get_basis (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), LIVC_BASIS_PRACTICE);
  return self->basis;
}

const LivcText *
livc_item_get_text (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), NULL);
  return self->text;
}

const LivcText *
livc_item_get_guidance (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), NULL);
  return self->guidance;
}

const char * const *
livc_item_get_references (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), NULL);
  return (const char * const *) self->references->pdata;
}

LivcDomain *
livc_item_get_domain (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), NULL);
  return self->domain;
}

guint
livc_item_get_index (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), 0);
  return self->index;
}

/* The item's position among the items of its own domain, from 0. */
guint
livc_item_get_position (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), 0);
  return self->position;
}

/* The number people use to point at an item, "2.1": its domain's number, then its place
 * in that domain. The app, the report, the CSVs and the agenda all print this one. */
char *
livc_item_dup_number (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), NULL);
  if (self->domain == NULL)
    return g_strdup_printf ("%u", self->position + 1);
  return g_strdup_printf ("%u.%u", livc_domain_get_index (self->domain) + 1, self->position + 1);
}

/* The ids of items of earlier versions whose answers this item takes over
 * (<replaces old="…"/>), NULL-terminated; empty for most items. */
const char * const *
livc_item_get_replaces (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), NULL);
  return (const char * const *) self->replaces->pdata;
}

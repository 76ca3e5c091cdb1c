/* livc-array-list.c: a list model over an array of objects. The questionnaire's lists are
 * filled once by the loader and only read after that, by the main thread and by the
 * compare window's worker at the same time (the assessments it scores share the
 * questionnaire it loaded). GListStore cannot be read so: its get_item () remembers the
 * last position it looked up, a write that two readers race on and that can hand one of
 * them the wrong item. Here get_item () only reads.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-array-list.h"

struct _LivcArrayList
{
  GObject    parent_instance;
  GType      item_type;
  GPtrArray *items;
};

static void livc_array_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LivcArrayList, livc_array_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      livc_array_list_model_init))

static GType
get_item_type (GListModel *list)
{
  return LIVC_ARRAY_LIST (list)->item_type;
}

static guint
get_n_items (GListModel *list)
{
  return LIVC_ARRAY_LIST (list)->items->len;
}

static gpointer
get_item (GListModel *list,
          guint       position)
{
  LivcArrayList *self = LIVC_ARRAY_LIST (list);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
livc_array_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
livc_array_list_finalize (GObject *object)
{
  g_ptr_array_unref (LIVC_ARRAY_LIST (object)->items);
  G_OBJECT_CLASS (livc_array_list_parent_class)->finalize (object);
}

static void
livc_array_list_class_init (LivcArrayListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = livc_array_list_finalize;
}

static void
livc_array_list_init (LivcArrayList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

LivcArrayList *
livc_array_list_new (GType item_type)
{
  LivcArrayList *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);

  self = g_object_new (LIVC_TYPE_ARRAY_LIST, NULL);
  self->item_type = item_type;
  return self;
}

/* For the loader, while the list is built and no other thread sees it yet. */
void
livc_array_list_append (LivcArrayList *self,
                        gpointer       item)
{
  g_return_if_fail (LIVC_IS_ARRAY_LIST (self));
  g_return_if_fail (g_type_is_a (G_OBJECT_TYPE (item), self->item_type));

  g_ptr_array_add (self->items, g_object_ref (item));
  g_list_model_items_changed (G_LIST_MODEL (self), self->items->len - 1, 0, 1);
}

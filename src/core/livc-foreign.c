/* livc-foreign.c: content of other namespaces, kept verbatim.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-foreign-private.h"

static void
clear_foreign_attr (gpointer data)
{
  LivcForeignAttr *attr = data;

  g_free (attr->ns_href);
  g_free (attr->ns_prefix);
  g_free (attr->name);
  g_free (attr->value);
}

LivcForeign *
livc_foreign_new (void)
{
  LivcForeign *foreign = g_new0 (LivcForeign, 1);

  foreign->elements = g_ptr_array_new_with_free_func (g_free);
  foreign->attributes = g_array_new (FALSE, TRUE, sizeof (LivcForeignAttr));
  g_array_set_clear_func (foreign->attributes, clear_foreign_attr);
  return foreign;
}

void
livc_foreign_free (LivcForeign *foreign)
{
  if (foreign == NULL)
    return;
  g_ptr_array_unref (foreign->elements);
  g_array_unref (foreign->attributes);
  g_free (foreign);
}

void
livc_foreign_append (LivcForeign       *dest,
                     const LivcForeign *src)
{
  g_return_if_fail (dest != NULL && src != NULL);

  for (guint i = 0; i < src->elements->len; i++)
    g_ptr_array_add (dest->elements, g_strdup (g_ptr_array_index (src->elements, i)));
  for (guint i = 0; i < src->attributes->len; i++)
    {
      const LivcForeignAttr *a = &g_array_index (src->attributes, LivcForeignAttr, i);
      gboolean present = FALSE;
      LivcForeignAttr copy;

      for (guint j = 0; j < dest->attributes->len && !present; j++)
        {
          const LivcForeignAttr *b = &g_array_index (dest->attributes, LivcForeignAttr, j);
          present = g_strcmp0 (a->ns_href, b->ns_href) == 0 && g_strcmp0 (a->name, b->name) == 0;
        }
      if (present)
        continue;
      copy.ns_href = g_strdup (a->ns_href);
      copy.ns_prefix = g_strdup (a->ns_prefix);
      copy.name = g_strdup (a->name);
      copy.value = g_strdup (a->value);
      g_array_append_val (dest->attributes, copy);
    }
}

gboolean
livc_foreign_is_empty (const LivcForeign *foreign)
{
  return foreign == NULL || (foreign->elements->len == 0 && foreign->attributes->len == 0);
}

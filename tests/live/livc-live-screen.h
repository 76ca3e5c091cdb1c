/* livc-live-screen.h: every text a window shows (labels, text fields, tooltips of what is
 * on screen), for the tests that check that the shared screen of a live round shows no
 * rating before the reveal. SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

static inline void
livc_live_screen_collect (GtkWidget *widget,
                          GPtrArray *texts)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  if (GTK_IS_TEXT (widget) && gtk_text_get_visibility (GTK_TEXT (widget)))
    g_ptr_array_add (texts, g_strdup_printf ("[text] %s",
                                             gtk_editable_get_text (GTK_EDITABLE (widget))));
  if (gtk_widget_get_tooltip_text (widget) != NULL)
    g_ptr_array_add (texts, g_strdup_printf ("[tooltip] %s",
                                             gtk_widget_get_tooltip_text (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    livc_live_screen_collect (child, texts);
}

/* The texts, in the order of the widget tree; free with g_ptr_array_unref(). */
static inline GPtrArray *
livc_live_screen_texts (GtkWidget *window)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  livc_live_screen_collect (window, texts);
  return texts;
}

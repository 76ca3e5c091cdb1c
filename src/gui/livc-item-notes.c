/* livc-item-notes.c: an item's note and evidence fields. Two text views in frames are most
 * of an item row's widgets and most are never opened, so the row builds them only when
 * "Note and evidence" first opens; the row keeps the buffers, which hold the text from the
 * start.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-item-notes.h"

struct _LivcItemNotes
{
  GtkBox       parent_instance;
  GtkLabel    *note_title;
  GtkTextView *note_view;
  GtkTextView *evidence_view;
};

G_DEFINE_FINAL_TYPE (LivcItemNotes, livc_item_notes, GTK_TYPE_BOX)

static void
livc_item_notes_class_init (LivcItemNotesClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/be/livcscan/app/livc-item-notes.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcItemNotes, note_title);
  gtk_widget_class_bind_template_child (widget_class, LivcItemNotes, note_view);
  gtk_widget_class_bind_template_child (widget_class, LivcItemNotes, evidence_view);
}

static void
livc_item_notes_init (LivcItemNotes *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
livc_item_notes_new (GtkTextBuffer *note,
                     GtkTextBuffer *evidence)
{
  LivcItemNotes *self;

  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (note), NULL);
  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (evidence), NULL);

  self = g_object_new (LIVC_TYPE_ITEM_NOTES, NULL);
  gtk_text_view_set_buffer (self->note_view, note);
  gtk_text_view_set_buffer (self->evidence_view, evidence);
  return GTK_WIDGET (self);
}

/* "Note", or what the note is for when the members have rated. */
void
livc_item_notes_set_note_title (LivcItemNotes *self,
                                const char    *title)
{
  g_return_if_fail (LIVC_IS_ITEM_NOTES (self));
  if (g_strcmp0 (gtk_label_get_text (self->note_title), title) != 0)
    gtk_label_set_text (self->note_title, title);
}

/* livc-item-notes.h: an item's note and evidence fields, built when an item row first opens
 * "Note and evidence".
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LIVC_TYPE_ITEM_NOTES (livc_item_notes_get_type ())
G_DECLARE_FINAL_TYPE (LivcItemNotes, livc_item_notes, LIVC, ITEM_NOTES, GtkBox)

GtkWidget *livc_item_notes_new            (GtkTextBuffer *note,
                                           GtkTextBuffer *evidence);
void       livc_item_notes_set_note_title (LivcItemNotes *self,
                                           const char    *title);

G_END_DECLS

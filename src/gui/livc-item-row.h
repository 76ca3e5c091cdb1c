/* livc-item-row.h: one item of the questionnaire as a list row: statement, legal badge and
 * references, guidance, the rating buttons, note and evidence.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "livc-document.h"

G_BEGIN_DECLS

#define LIVC_TYPE_ITEM_ROW (livc_item_row_get_type ())
G_DECLARE_FINAL_TYPE (LivcItemRow, livc_item_row, LIVC, ITEM_ROW, GtkListBoxRow)

GtkWidget *livc_item_row_new      (LivcDocument *document,
                                   LivcItem     *item,
                                   const char   *lang);
LivcItem  *livc_item_row_get_item (LivcItemRow  *self);
void       livc_item_row_refresh  (LivcItemRow  *self);

/* Shared by the rows, the presentation, the round, the agenda and the win.rate action. */
void       livc_document_rate     (LivcDocument *document,
                                   const char   *item_id,
                                   int           value);
gboolean   livc_document_is_agreed (LivcDocument *document,
                                    LivcItem     *item);
char      *livc_level_label       (LivcQuestionnaire *questionnaire,
                                   LivcItem          *item,
                                   int                value,
                                   const char        *lang);
GtkWidget *livc_rating_button_new (const char        *top,
                                   const char        *bottom,
                                   const char        *accessible,
                                   const char        *button_class,
                                   const char        *value_class,
                                   const char        *name_class,
                                   int                max_width_chars);
gboolean   livc_rating_for_key    (LivcItem          *item,
                                   guint              keyval,
                                   int               *value);

G_END_DECLS

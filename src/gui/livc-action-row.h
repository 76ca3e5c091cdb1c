/* livc-action-row.h: one action of the action plan as a list row of its own fields.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "livc-core.h"

G_BEGIN_DECLS

#define LIVC_TYPE_ACTION_ROW (livc_action_row_get_type ())
G_DECLARE_FINAL_TYPE (LivcActionRow, livc_action_row, LIVC, ACTION_ROW, GtkListBoxRow)

GtkWidget *livc_action_row_new (LivcAssessment *assessment,
                                LivcAction     *action,
                                const char     *about);
void       livc_action_row_focus           (LivcActionRow *self);
GtkWidget *livc_action_row_get_date_button (LivcActionRow *self);

G_END_DECLS

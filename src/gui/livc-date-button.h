/* livc-date-button.h: a calendar in a popover beside a date field, and how the fields
 * read and show a date; shared by the New Assessment dialog and the action rows.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *livc_date_button_new  (GtkEditable *editable,
                                  const char  *tooltip);
char      *livc_date_describe    (const char  *iso_date);
char      *livc_date_format_day  (const char  *iso_date);
char      *livc_date_explain     (const char  *typed);

G_END_DECLS

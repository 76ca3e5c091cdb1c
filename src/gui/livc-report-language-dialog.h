/* livc-report-language-dialog.h: the question every report export and print asks first:
 * in which language to write the report.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Called with the dialog's parent and the language chosen: "nl", "fr", "en" or "nl+fr". */
typedef void (*LivcReportLanguageFunc) (GtkWindow  *parent,
                                        const char *lang);

/* Asks over parent, under heading, in which language the report is written, independently
 * of the app's own language. The language stored in settings ("report-language") is the
 * default answer when it is a valid one, else the app's default language; the answer is
 * stored back. callback runs only when the user picks a language, and not at all when
 * parent is gone by then. settings may be NULL. */
void livc_report_language_dialog_present (GtkWindow              *parent,
                                          const char             *heading,
                                          GSettings              *settings,
                                          LivcReportLanguageFunc  callback);

G_END_DECLS

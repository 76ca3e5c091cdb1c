/* livc-report-language-dialog.c: the question every report export and print asks first:
 * in which language to write the report.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-core.h"
#include "livc-report-language-dialog.h"

/* A setting written by another version (or by hand) may name a language this one lacks. */
static char *
preferred_lang (GSettings *settings)
{
  g_autofree char *setting = settings != NULL ? g_settings_get_string (settings, "report-language")
                                              : NULL;

  if (setting != NULL && livc_report_lang_is_valid (setting))
    return g_steal_pointer (&setting);
  return g_strdup (livc_default_lang ());
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             GtkWindow        *parent)
{
  LivcReportLanguageFunc callback = (LivcReportLanguageFunc) g_object_get_data (G_OBJECT (dialog),
                                                                                "callback");
  GSettings *settings = g_object_get_data (G_OBJECT (dialog), "settings");

  if (!livc_report_lang_is_valid (response))
    return;
  if (settings != NULL)
    g_settings_set_string (settings, "report-language", response);
  callback (parent, response);
}

void
livc_report_language_dialog_present (GtkWindow              *parent,
                                     const char             *heading,
                                     GSettings              *settings,
                                     LivcReportLanguageFunc  callback)
{
  g_autofree char *preferred = NULL;
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (heading != NULL);
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));
  g_return_if_fail (callback != NULL);

  preferred = preferred_lang (settings);
  dialog = adw_message_dialog_new (parent, heading,
                                   _("In which language should the report be written?"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "nl", "_Nederlands",
                                    "fr", "_Français",
                                    "en", "_English",
                                    "nl+fr", _("NL + FR _Side by Side"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), preferred,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), preferred);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "callback", (gpointer) callback);
  if (settings != NULL)
    g_object_set_data_full (G_OBJECT (dialog), "settings", g_object_ref (settings),
                            g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response), parent, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

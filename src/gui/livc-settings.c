/* livc-settings.c: the app's settings, shared by every window that remembers something.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-settings.h"

GSettings *
livc_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_warning ("The settings schema %s is not installed; preferences are not kept", APP_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

char *
livc_settings_set_report_logo (GSettings  *settings,
                               LivcReport *report)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (LIVC_IS_REPORT (report), NULL);

  if (settings == NULL)
    return NULL;
  path = g_settings_get_string (settings, "report-logo");
  if (livc_report_set_logo (report, path, &error))
    return NULL;
  return g_strdup (error->message);
}

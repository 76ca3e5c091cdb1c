/* main.c: starts the LIVC Scan desktop app.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "livc-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(LivcApplication) app = NULL;
  const char *localedir = g_getenv ("LIVC_SCAN_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = livc_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}

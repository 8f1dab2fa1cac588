/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

/*
 * e-JKN Cekat: overrides the default config.js of the Camunda Tasklist webapp
 * (camunda-webapp-webjar 7.24.0, same path in the jar). The jar's default
 * content is kept below, commented where it was commented; what we change:
 *  - locales: Indonesian (locales/id.json beside this folder) only, whatever the
 *    browser's language (issue 12: an en-US browser showed officers English).
 *  - shortcuts: the descriptions shown in the keyboard shortcut help are in
 *    Indonesian (the keys are Camunda's defaults).
 *  - requireJsConfig: loads scripts/ejkn-form-validity.js, which keeps the
 *    start/complete button of Camunda Forms with dynamic lists usable, and
 *    scripts/ejkn-form-texts.js: Camunda Forms in Indonesian, day-first dates,
 *    the birth date proposed from the NIK, and scripts/ejkn-started.js: the
 *    application number with its receipt and upload links after "Mulai".
 */

export default {
  // e-JKN Cekat: Bahasa Indonesia for everybody, whatever the browser's language
  locales: {
    availableLocales: ['id'],
    fallbackLocale: 'id'
  },

  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // e-JKN Cekat: Camunda Forms usable (dynamic lists) and Indonesian (texts, dates)
  requireJsConfig: {
    deps: ['ejkn-form-validity', 'ejkn-form-texts', 'ejkn-started'],
    paths: {
      'ejkn-form-validity': 'scripts/ejkn-form-validity',
      'ejkn-form-texts': 'scripts/ejkn-form-texts',
      'ejkn-started': 'scripts/ejkn-started'
    },
    ngDeps: ['ejkn.formValidity', 'ejkn.formTexts', 'ejkn.started']
  },

  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'mengklaim tugas yang sedang dipilih'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'memindahkan fokus ke filter pertama dalam daftar'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'memindahkan fokus ke tugas pertama dalam daftar'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'memindahkan fokus ke kolom isian pertama pada formulir tugas'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'membuka dialog untuk memulai proses'
    }
  }
};

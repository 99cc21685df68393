<?php
// The provider's PHP SDK's way of calling (Debian's php-cli and php-curl): CURLOPT_POSTFIELDS
// given an array, which PHP's curl sends as multipart/form-data, as the SDK and the
// WooCommerce plugin do. Usage: php php_sdk_peer.php URL. Prints OK when every check held.
$url = $argv[1];

function call($url, $fields) {
    $curl = curl_init($url);
    curl_setopt($curl, CURLOPT_POST, true);
    curl_setopt($curl, CURLOPT_POSTFIELDS, $fields);
    curl_setopt($curl, CURLOPT_RETURNTRANSFER, true);
    $body = curl_exec($curl);
    if ($body === false) { fwrite(STDERR, curl_error($curl) . "\n"); exit(1); }
    curl_close($curl);
    return json_decode($body, true);
}

function check($what, $condition, $answer) {
    if (!$condition) { fwrite(STDERR, "$what: " . json_encode($answer) . "\n"); exit(1); }
}

$answer = call($url, array("class" => "user", "method" => "getbalance", "user" => "demo", "password" => "demo"));
check("getbalance", $answer["status"] === "SUCCESS" && $answer["result"] === "152.34", $answer);

$answer = call($url, array("class" => "user", "method" => "getbalance", "user" => "demo", "password" => "wrong"));
check("a wrong password", $answer["status"] === "ERROR" && $answer["error"] === "INCORRECT_USER_PASSWORD", $answer);

$answer = call($url, array(
    "class" => "user", "method" => "addaddress", "user" => "demo", "password" => "demo",
    "namelastname" => "Tõnis Õunapuu & \"Pojad\"", "iscompany" => "0", "companyname" => "", "documentid" => "38001010000",
    "countrycode" => "EE", "cityid" => "1", "cityname" => "Tallinn", "zipcode" => "10115", "address" => "Pärnu mnt 1\r\nkorter 2"));
check("addaddress", $answer["status"] === "SUCCESS", $answer);

$answer = call($url, array("class" => "user", "method" => "getaddresses", "user" => "demo", "password" => "demo"));
$found = false;
foreach ($answer["result"] as $address) {
    if ($address["namelastname"] === "Tõnis Õunapuu & \"Pojad\"" && $address["address"] === "Pärnu mnt 1\r\nkorter 2") { $found = true; }
}
check("the address as sent", $found, $answer);
echo "OK\n";
